package org.infoshare.breach.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.infoshare.breach.service.MisuseReportIntake;
import org.infoshare.breach.service.NoticeService;
import org.infoshare.events.audit.MisuseEscalated;
import org.infoshare.events.breach.BreachNoticeDispatched;
import org.infoshare.messaging.deadletter.ReplayableConsumer;
import org.infoshare.messaging.inbox.IncomingEvents;
import org.infoshare.messaging.tracing.Traces;

import java.util.Set;

/**
 * What other services say on breach-events: consent-service's answer to a notice request (P14.3:
 * sent by letter or e-mail, or not sendable) and audit-service's misuse reports the DPO escalated
 * (P15.2: each opens a suspected breach). breach-service's own events are passed over here.
 * Unreadable records are dead-lettered to breach-service.dead-letter.
 */
@ApplicationScoped
public class NoticeDispatchConsumer implements ReplayableConsumer {

    private final IncomingEvents incoming;
    private final NoticeService notices;
    private final Traces traces;
    private final MisuseReportIntake misuseReports;

    public NoticeDispatchConsumer(IncomingEvents incoming, NoticeService notices, Traces traces,
                                  MisuseReportIntake misuseReports) {
        this.incoming = incoming;
        this.notices = notices;
        this.traces = traces;
        this.misuseReports = misuseReports;
    }

    /** In a span continuing the record's trace, so what the effect writes to the outbox carries it on. */
    @Incoming("breach-in")
    public Uni<Void> receive(byte[] value, IncomingKafkaRecordMetadata<String, byte[]> record) {
        return traces.consuming(record.getTopic(), record.getHeaders(), () -> consume(value));
    }

    @Override
    public Uni<Void> consume(byte[] value) {
        return incoming.on(value, BreachNoticeDispatched.class, notices::onDispatched,
                MisuseEscalated.class, misuseReports::onEscalated);
    }

    @Override
    public Set<String> topics() {
        return Set.of("breach-events");
    }
}
