package org.infoshare.messaging.outbox;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.DomainEvent;
import org.infoshare.events.EventCodec;
import org.infoshare.events.EventTooLargeException;
import org.infoshare.events.EventType;
import org.infoshare.messaging.MessagingConfig;
import org.infoshare.messaging.tracing.TraceContext;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes events to the transactional outbox. The caller's Hibernate Reactive transaction carries
 * the row, so the event exists if and only if the state change it announces committed; the
 * {@link OutboxRelay} publishes it afterwards. Never send to Kafka directly from a service.
 * The trace context current when an event is appended (the request's or the consumed record's
 * span) is stored with it, so the relay's send, and everything downstream, joins that trace.
 */
@ApplicationScoped
public class Outbox {

    private static final int BATCH = 500;
    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload, created_at, traceparent, tracestate)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""";
    private static final int COLUMNS = 8;

    private final EventCodec codec;
    private final Clock clock;
    private final URI source;
    private final String topicPrefix;
    private final int maxEventBytes;

    public Outbox(EventCodec codec, Clock clock, MessagingConfig config, ApplicationName applicationName) {
        this.codec = codec;
        this.clock = clock;
        this.source = URI.create(config.source().orElse("urn:infoshare:" + applicationName.value()));
        this.topicPrefix = config.topicPrefix().orElse("");
        this.maxEventBytes = config.maxEventBytes();
    }

    /** Appends one event; returns its CloudEvents id. Must run inside the state change's transaction. */
    public Uni<UUID> append(DomainEvent event) {
        UUID eventId = UUID.randomUUID();
        CloudEvent cloudEvent = codec.toCloudEvent(event, eventId, source, clock.instant());
        byte[] bytes = codec.serialize(cloudEvent);
        checkSize(cloudEvent.getType(), bytes);
        String payload = new String(bytes, StandardCharsets.UTF_8);
        EventType type = EventType.of(event.getClass());
        Optional<TraceContext> trace = TraceContext.current();
        return requireTransaction()
                .chain(Panache::getSession)
                .chain(session -> session.createNativeQuery(INSERT)
                        .setParameter(1, eventId)
                        .setParameter(2, topicPrefix + type.topic())
                        .setParameter(3, event.partitionKey())
                        .setParameter(4, cloudEvent.getType())
                        .setParameter(5, payload)
                        .setParameter(6, cloudEvent.getTime())
                        .setParameter(7, trace.map(TraceContext::traceparent).orElse(null))
                        .setParameter(8, trace.map(TraceContext::tracestate).orElse(null))
                        .executeUpdate())
                .replaceWith(eventId);
    }

    /**
     * Appends several events in order, in the caller's transaction: one multi-row INSERT per
     * {@value #BATCH} events, so a withdrawal reaching a thousand recipients costs a handful of
     * round trips rather than a thousand. Ids (the identity column) follow the list's order, which
     * is the order the relay publishes in.
     */
    public Uni<List<UUID>> appendAll(List<? extends DomainEvent> events) {
        List<UUID> ids = new ArrayList<>(events.size());
        if (events.isEmpty()) {
            return Uni.createFrom().item(ids);
        }
        Optional<TraceContext> trace = TraceContext.current();
        Uni<Void> chain = requireTransaction();
        for (int from = 0; from < events.size(); from += BATCH) {
            List<? extends DomainEvent> batch = events.subList(from, Math.min(events.size(), from + BATCH));
            chain = chain.chain(() -> insert(batch, ids, trace));
        }
        return chain.replaceWith(ids);
    }

    private Uni<Void> insert(List<? extends DomainEvent> batch, List<UUID> ids, Optional<TraceContext> trace) {
        StringBuilder sql = new StringBuilder("INSERT INTO outbox_event (event_id, topic, message_key, event_type, "
                + "payload, created_at, traceparent, tracestate) VALUES ");
        for (int i = 0; i < batch.size(); i++) {
            int p = i * COLUMNS;
            sql.append(i == 0 ? "(" : ", (");
            for (int c = 1; c <= COLUMNS; c++) {
                sql.append(c == 1 ? "?" : ", ?").append(p + c);
            }
            sql.append(')');
        }
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString());
            for (int i = 0; i < batch.size(); i++) {
                DomainEvent event = batch.get(i);
                UUID eventId = UUID.randomUUID();
                CloudEvent cloudEvent = codec.toCloudEvent(event, eventId, source, clock.instant());
                int p = i * COLUMNS;
                query.setParameter(p + 1, eventId)
                        .setParameter(p + 2, topicPrefix + EventType.of(event.getClass()).topic())
                        .setParameter(p + 3, event.partitionKey())
                        .setParameter(p + 4, cloudEvent.getType())
                        .setParameter(p + 5, new String(checkSize(cloudEvent.getType(), codec.serialize(cloudEvent)),
                                StandardCharsets.UTF_8))
                        .setParameter(p + 6, cloudEvent.getTime())
                        .setParameter(p + 7, trace.map(TraceContext::traceparent).orElse(null))
                        .setParameter(p + 8, trace.map(TraceContext::tracestate).orElse(null));
                ids.add(eventId);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }

    private byte[] checkSize(String type, byte[] serialised) {
        if (serialised.length > maxEventBytes) {
            throw new EventTooLargeException(type, serialised.length, maxEventBytes);
        }
        return serialised;
    }

    private static Uni<Void> requireTransaction() {
        return Panache.currentTransaction().map(tx -> {
            if (tx == null) {
                throw new IllegalStateException(
                        "Outbox.append must run inside the transaction of the state change it announces");
            }
            return null;
        });
    }
}
