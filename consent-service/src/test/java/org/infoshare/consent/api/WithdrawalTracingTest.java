package org.infoshare.consent.api;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.messaging.tracing.TraceContext;
import org.infoshare.testing.Tokens;
import org.infoshare.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14 (observability), the first hops of one withdrawal's trace against the real database
 * and broker: the staff request recording it (arriving with a caller's {@code traceparent}) is a
 * server span of that trace; the consent-withdrawn row in the outbox keeps that span's context;
 * the relay publishes it in a span under the request's, named in the record's {@code traceparent}
 * header (which sharing-service continues: its WithdrawalTracingTest).
 */
@QuarkusTest
class WithdrawalTracingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final EventCodec codec = new EventCodec();

    @Inject
    InMemorySpanExporter spans;
    @Inject
    Pool pool;

    @Test
    @DisplayName("issue 14 P6.8: a withdrawal request's trace is stored with its outbox row and carried in the record's traceparent")
    void withdrawalRequestTraceReachesTheRecordHeader() {
        HexFormat hex = HexFormat.of();
        String traceId = hex.formatHex(randomBytes(16));
        String callerSpanId = hex.formatHex(randomBytes(8));
        String id = ConsentRequests.give(ConsentRequests.consent());
        try (TopicReader reader = new TopicReader("test.consent-events")) {
            given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                    .header(TraceContext.TRACEPARENT, "00-" + traceId + "-" + callerSpanId + "-01")
                    .body(Map.of("whole", true, "channel", "PHONE"))
                    .post("/api/v1/consents/" + id + "/withdrawals").then().statusCode(200);

            SpanData request = awaitSpan(s -> s.getKind() == SpanKind.SERVER && s.getTraceId().equals(traceId));
            assertThat(request.getParentSpanId()).isEqualTo(callerSpanId);

            // the outbox row holds the request span's context (no personal data: ids only)
            Row row = pool.preparedQuery("SELECT traceparent FROM outbox_event WHERE event_type LIKE '%consent-withdrawn%'"
                            + " AND payload LIKE $1").execute(Tuple.of("%" + id + "%"))
                    .await().atMost(PATIENCE).iterator().next();
            assertThat(row.getString("traceparent")).isEqualTo("00-" + traceId + "-" + request.getSpanId() + "-01");

            // the relay's send is a child of the request, and the record names it
            ConsumerRecord<String, byte[]> record = reader.await(r -> codec.data(codec.deserialize(r.value()))
                    instanceof ConsentWithdrawn withdrawn && withdrawn.consentId().toString().equals(id), 1, PATIENCE)
                    .get(0);
            SpanData publish = awaitSpan(s -> s.getKind() == SpanKind.PRODUCER && s.getTraceId().equals(traceId));
            assertThat(publish.getName()).isEqualTo("test.consent-events publish");
            assertThat(publish.getParentSpanId()).isEqualTo(request.getSpanId());
            assertThat(TraceContext.fromHeaders(record.headers()).map(TraceContext::traceparent))
                    .contains("00-" + traceId + "-" + publish.getSpanId() + "-01");
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
