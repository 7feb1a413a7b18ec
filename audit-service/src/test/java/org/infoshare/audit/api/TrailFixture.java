package org.infoshare.audit.api;

import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.infoshare.audit.persistence.TrailStore;
import org.infoshare.events.EventCodec;
import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.testing.Tokens;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Real events on the real broker, the trail through the API, and the audit_test database by SQL. */
final class TrailFixture implements AutoCloseable {

    private final EventCodec codec = new EventCodec();
    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
            Map.of("bootstrap.servers", "127.0.0.1:9092"), new StringSerializer(), new ByteArraySerializer());

    /** A read of personal data (P6.1), as every service reports it. */
    UUID accessed(String subject, String actor) {
        UUID eventId = UUID.randomUUID();
        Instant now = Instant.now();
        PersonalDataAccessed data = new PersonalDataAccessed(UUID.randomUUID(), subject, "consent-service", actor,
                "staff", null, "care-coordination", "vault-entry", now);
        send("test.personal-data-accessed", subject,
                codec.serialize(codec.toCloudEvent(data, eventId, URI.create("urn:infoshare:consent-service"), now)));
        return eventId;
    }

    void send(String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key, value));
        producer.flush();
    }

    /** The leaf indexes of the subject's entries, once there are {@code count}. */
    static List<Long> awaitSeqs(String subject, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(subject).size() >= count);
        return entries(subject).stream().map(e -> ((Number) e.get("seq")).longValue()).toList();
    }

    static List<Map<String, Object>> entries(String subject) {
        return given().auth().oauth2(Tokens.user("auditor")).queryParam("subject", subject)
                .get("/api/v1/trail/entries").then().statusCode(200).extract().jsonPath().getList("items");
    }

    static JsonPath verify() {
        return given().auth().oauth2(Tokens.user("auditor")).get("/api/v1/trail/verify")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The owner of the schema (who migrates): what someone with direct database access could do. */
    static Connection owner() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), config("quarkus.flyway.username"), config("quarkus.flyway.password"));
    }

    /** The login the service runs as. */
    static Connection runtime() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), config("quarkus.datasource.username"),
                config("quarkus.datasource.password"));
    }

    /** Holds back the appender (session lock on the append lock) while a test rewrites the table. */
    static void holdAppends(Connection conn, boolean hold) throws SQLException {
        try (Statement statement = conn.createStatement()) {
            statement.execute((hold ? "SELECT pg_advisory_lock(" : "SELECT pg_advisory_unlock(") + TrailStore.APPEND_LOCK + ")");
        }
    }

    static int update(Connection conn, String sql) throws SQLException {
        try (Statement statement = conn.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private static String jdbcUrl() {
        return config("quarkus.datasource.jdbc.url");
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    @Override
    public void close() {
        producer.close();
    }
}
