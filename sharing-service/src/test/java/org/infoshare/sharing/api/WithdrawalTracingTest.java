package org.infoshare.sharing.api;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.sharing.RecipientNotified;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.messaging.tracing.TraceContext;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.TopicWriter;
import org.infoshare.testing.WebhookReceiver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14 (observability), the last hops of one withdrawal's trace against the real broker and
 * database: a consent-withdrawn record whose {@code traceparent} header names consent-service's
 * relay span is applied in a span of that trace; the notification it makes keeps the trace, so
 * the webhook sent later from the claim loop is a span of it too and tells the partner in its own
 * {@code traceparent} header; the recipient-notified event leaves through the outbox in the same
 * trace. (The earlier hops, request to outbox row to record header, are proven in consent-service
 * and reliable-messaging.)
 */
@QuarkusTest
class WithdrawalTracingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final EventCodec codec = new EventCodec();

    @Inject
    InMemorySpanExporter spans;

    @Test
    @DisplayName("issue 14 P6.8: a withdrawal's trace continues from its record header through the notification to the webhook's traceparent")
    void withdrawalTraceReachesTheWebhook() {
        String subject = "subj-" + UUID.randomUUID();
        HexFormat hex = HexFormat.of();
        String traceId = hex.formatHex(randomBytes(16));
        String relaySpanId = hex.formatHex(randomBytes(8));
        String traceparent = "00-" + traceId + "-" + relaySpanId + "-01";
        try (WebhookReceiver partner = new WebhookReceiver(Releases.secret("t"), 0);
             ConsentEvents consentEvents = new ConsentEvents();
             TopicWriter writer = new TopicWriter(ConsentEvents.TOPIC, URI.create("urn:infoshare:consent-service"));
             TopicReader sharing = new TopicReader("test.sharing-events")) {
            Releases.provider("partner-traced", partner);
            UUID consentId = UUID.randomUUID();
            consentEvents.send(ConsentEvents.given(consentId, subject, List.of(Fixtures.PURPOSE),
                    List.of("partner-traced"), Instant.now()));
            ConsentEvents.awaitVersion(consentId, 1);
            String release = Releases.approvedUnderConsent("partner-traced", subject, consentId);

            ConsentWithdrawn withdrawn = new ConsentWithdrawn(consentId, subject, 2, true, List.of(), List.of(),
                    List.of(), ContactChannel.PHONE, "staff-1", Instant.now());
            writer.sendRaw(subject, writer.envelope(withdrawn, UUID.randomUUID(), Instant.now()),
                    Map.of(TraceContext.TRACEPARENT, traceparent));

            // the consumer's span hangs under the relay span named in the header
            SpanData applied = awaitSpan(s -> s.getKind() == SpanKind.CONSUMER && s.getTraceId().equals(traceId)
                    && s.getName().equals(ConsentEvents.TOPIC + " process"));
            assertThat(applied.getParentSpanId()).isEqualTo(relaySpanId);

            // the partner's webhook request carries the same trace, naming the dispatcher's client span
            await().atMost(PATIENCE).until(() -> partner.deliveries().stream().anyMatch(d -> d.answered() == 204));
            WebhookReceiver.Delivery delivery = partner.deliveries().stream().filter(d -> d.answered() == 204)
                    .findFirst().orElseThrow();
            assertThat(delivery.body()).contains(release);
            TraceContext sent = TraceContext.stored(delivery.traceparent(), null).orElseThrow();
            assertThat(sent.traceId()).isEqualTo(traceId);
            SpanData webhook = awaitSpan(s -> s.getKind() == SpanKind.CLIENT && s.getTraceId().equals(traceId)
                    && s.getName().equals("POST webhook"));
            assertThat(delivery.traceparent()).isEqualTo("00-" + traceId + "-" + webhook.getSpanId() + "-01");
            assertThat(webhook.getParentSpanId()).isEqualTo(applied.getSpanId());

            // recipient-notified leaves through sharing-service's outbox in the same trace
            ConsumerRecord<String, byte[]> notified = sharing.await(r -> subject.equals(r.key())
                    && codec.data(codec.deserialize(r.value())) instanceof RecipientNotified, 1, PATIENCE).get(0);
            assertThat(TraceContext.fromHeaders(notified.headers()).map(TraceContext::traceId)).contains(traceId);
            SpanData published = awaitSpan(s -> s.getKind() == SpanKind.PRODUCER && s.getTraceId().equals(traceId)
                    && s.getName().equals("test.sharing-events publish"));
            assertThat(published.getParentSpanId()).isEqualTo(applied.getSpanId());
        }
    }

    private SpanData awaitSpan(Predicate<SpanData> wanted) {
        return await().atMost(PATIENCE).until(() -> spans.getFinishedSpanItems().stream().filter(wanted).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
