package org.infoshare.audit.bench;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.infoshare.events.EventCodec;
import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.testing.Tokens;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * A program, not a test: measures the trail's append rate (events on Kafka until all are
 * committed entries, end to end through a running audit-service) and its verify rate (entries per
 * second of {@code GET /api/v1/trail/verify} over the whole trail). Run against a running
 * service, e.g. the packaged one:
 *
 * <pre>
 * AUDIT_SIGNING_KEY=$(cat audit-service/dev-keys/checkpoint-signing-ed25519.b64) \
 *   INFOSHARE_MESSAGING_TOPIC_PREFIX=bench. AUDIT_DB_NAME=audit AUDIT_HTTP_PORT=8084 \
 *   java -jar audit-service/target/quarkus-app/quarkus-run.jar &
 * java -cp "audit-service/target/test-classes:audit-service/target/classes:$(cat /tmp/audit-cp.txt)" \
 *   org.infoshare.audit.bench.AuditBenchmark 50000 http://127.0.0.1:8084 bench.
 * </pre>
 * Arguments: events (50000), service URL, topic prefix, and optionally a mode:
 * {@code produce} only sends the events (run it while the service is stopped), {@code drain}
 * only measures how fast a started service appends the backlog it finds (the appender's rate
 * without the sender competing for the CPU).
 */
public final class AuditBenchmark {

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        String url = args.length > 1 ? args[1] : "http://127.0.0.1:8084";
        String prefix = args.length > 2 ? args[2] : "bench.";
        String mode = args.length > 3 ? args[3] : "both";
        RestAssured.baseURI = url;
        if (mode.equals("produce")) {
            produce(events, prefix);
            return;
        }
        if (mode.equals("drain")) {
            drain();
            return;
        }

        long before = total();
        EventCodec codec = new EventCodec();
        URI source = URI.create("urn:infoshare:consent-service"); // audit refuses events from anyone but their producer
        Instant start = Instant.now();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", "127.0.0.1:9092",
                "linger.ms", 5, "batch.size", 262144), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < events; i++) {
                String subject = "bench-subject-" + (i % 1000);
                Instant now = Instant.now();
                PersonalDataAccessed data = new PersonalDataAccessed(UUID.randomUUID(), subject, "benchmark",
                        "bench-actor-" + (i % 17), "staff", null, "benchmark", "vault-entry", now);
                producer.send(new ProducerRecord<>(prefix + "personal-data-accessed", subject,
                        codec.serialize(codec.toCloudEvent(data, UUID.randomUUID(), source, now))));
            }
            producer.flush();
        }
        Instant sent = Instant.now();
        long target = before + events;
        long now = total();
        while (now < target) {
            Thread.sleep(100);
            now = total();
        }
        Duration append = Duration.between(start, Instant.now());
        System.out.printf("append: %d entries in %d ms (sending took %d ms) = %.0f entries/s%n", events,
                append.toMillis(), Duration.between(start, sent).toMillis(), events * 1000.0 / append.toMillis());

        for (int run = 1; run <= 3; run++) {
            Instant t0 = Instant.now();
            JsonPath report = given().auth().oauth2(Tokens.user("auditor")).get("/api/v1/trail/verify")
                    .then().statusCode(200).extract().jsonPath();
            long millis = Duration.between(t0, Instant.now()).toMillis();
            long checked = report.getLong("entriesChecked");
            System.out.printf("verify run %d: ok=%s, %d entries, %d checkpoints in %d ms = %.0f entries/s%n", run,
                    report.getBoolean("ok"), checked, report.getInt("checkpointsChecked"), millis,
                    checked * 1000.0 / Math.max(1, millis));
        }
    }

    private static void produce(int events, String prefix) {
        EventCodec codec = new EventCodec();
        URI source = URI.create("urn:infoshare:consent-service"); // audit refuses events from anyone but their producer
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", "127.0.0.1:9092",
                "linger.ms", 5, "batch.size", 262144), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < events; i++) {
                String subject = "bench-subject-" + (i % 1000);
                Instant now = Instant.now();
                PersonalDataAccessed data = new PersonalDataAccessed(UUID.randomUUID(), subject, "benchmark",
                        "bench-actor-" + (i % 17), "staff", null, "benchmark", "vault-entry", now);
                producer.send(new ProducerRecord<>(prefix + "personal-data-accessed", subject,
                        codec.serialize(codec.toCloudEvent(data, UUID.randomUUID(), source, now))));
            }
        }
        System.out.printf("produced %d events%n", events);
    }

    /** Polls the trail size until it stops growing; reports the rate between the first and last growth. */
    private static void drain() throws InterruptedException {
        long first = total();
        Instant start = Instant.now();
        long last = first;
        Instant lastGrowth = start;
        while (Duration.between(lastGrowth, Instant.now()).toMillis() < 3000) {
            Thread.sleep(100);
            long now = total();
            if (now > last) {
                last = now;
                lastGrowth = Instant.now();
            }
        }
        long millis = Math.max(1, Duration.between(start, lastGrowth).toMillis());
        System.out.printf("drain: %d entries appended in %d ms = %.0f entries/s%n", last - first, millis,
                (last - first) * 1000.0 / millis);
    }

    private static long total() {
        return given().auth().oauth2(Tokens.user("auditor")).queryParam("size", 1).get("/api/v1/trail/entries")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
