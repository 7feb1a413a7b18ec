package org.infoshare.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The raw floor: the same propagation work with nothing but Kafka and JDBC, in its own database
 * ({@value #DATABASE}) and topics. A consumer thread per partition of the withdrawal topic takes a
 * withdrawal and, in one transaction (one statement), records the event as processed, marks the
 * consent's live recipient rows (and their onward descendants) with one set-based UPDATE …
 * RETURNING and writes one outbox row per marked row with an INSERT … SELECT. A relay, woken by
 * NOTIFY with a short poll as back-up, publishes unpublished outbox rows in batches (acks=all,
 * linger 0) and marks them published. The bench reads the notified topic like the platform's.
 */
final class Floor implements Target, AutoCloseable {

    static final String DATABASE = "bench_floor";
    static final String WITHDRAWALS = "bench-floor-withdrawals";
    static final String NOTIFIED = "bench-floor-notified";
    private static final int PARTITIONS = 3;
    private static final String CHANNEL = "bench_floor_outbox";

    /**
     * The whole withdrawal in one statement, so one round trip and one implicit transaction: the
     * event id recorded (a repeat marks nothing), the live rows and their onward descendants marked,
     * one outbox row each, and the relay woken (NOTIFY is delivered on commit).
     */
    private static final String PROPAGATE = """
            WITH RECURSIVE processed AS (
                INSERT INTO processed_event (id) VALUES (?) ON CONFLICT DO NOTHING RETURNING id
            ), reached AS (
                SELECT id FROM recipient
                WHERE consent_id = ? AND status = 'RELEASED' AND EXISTS (SELECT 1 FROM processed)
                UNION
                SELECT child.id FROM recipient child JOIN reached ON child.parent_id = reached.id
            ), marked AS (
                UPDATE recipient SET status = 'WITHDRAWN', withdrawn_at = now()
                WHERE id IN (SELECT id FROM reached) AND status = 'RELEASED'
                RETURNING id, consent_id, partner_id, withdrawn_at
            ), queued AS (
                INSERT INTO outbox (consent_id, recipient_id, partner_id, payload)
                SELECT consent_id, id, partner_id, json_build_object('type', 'recipient-notified',
                       'notificationId', gen_random_uuid(), 'releaseId', id, 'partnerId', partner_id,
                       'consentId', consent_id, 'cause', 'CONSENT_WITHDRAWN', 'withdrawnAt', withdrawn_at)::text
                FROM marked
                RETURNING 1
            )
            SELECT pg_notify('bench_floor_outbox', '') FROM (SELECT count(*) AS queued FROM queued) q WHERE q.queued > 0""";

    private final String url;
    private final String kafka;
    private final Log log;
    private final WithdrawalTracker tracker = new WithdrawalTracker();
    private final Connection admin;
    private final KafkaProducer<String, String> withdrawals;
    private final List<Thread> threads = new ArrayList<>();
    private final List<KafkaConsumer<String, String>> consumers = new ArrayList<>();
    private volatile boolean running = true;
    private TopicTail tail;

    Floor(String pgHost, int pgPort, String kafka, Log log) throws Exception {
        this.kafka = kafka;
        this.log = log;
        try (Connection postgres = DriverManager.getConnection("jdbc:postgresql://" + pgHost + ":" + pgPort + "/postgres",
                "postgres", "");
             Statement s = postgres.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.executeUpdate("CREATE DATABASE " + DATABASE);
                }
            }
        }
        url = "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + DATABASE;
        admin = connect();
        try (Statement s = admin.createStatement()) {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS recipient (
                        id UUID PRIMARY KEY, consent_id UUID NOT NULL, parent_id UUID REFERENCES recipient (id),
                        partner_id TEXT NOT NULL, status TEXT NOT NULL, withdrawn_at TIMESTAMPTZ);
                    CREATE INDEX IF NOT EXISTS recipient_consent_live ON recipient (consent_id) WHERE status = 'RELEASED';
                    CREATE INDEX IF NOT EXISTS recipient_parent ON recipient (parent_id) WHERE parent_id IS NOT NULL;
                    CREATE TABLE IF NOT EXISTS processed_event (id UUID PRIMARY KEY, processed_at TIMESTAMPTZ NOT NULL DEFAULT now());
                    CREATE TABLE IF NOT EXISTS outbox (
                        id BIGSERIAL PRIMARY KEY, consent_id UUID NOT NULL, recipient_id UUID NOT NULL,
                        partner_id TEXT NOT NULL, payload TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                        published_at TIMESTAMPTZ);
                    CREATE INDEX IF NOT EXISTS outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
                    """);
        }
        Properties adminProps = new Properties();
        adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        try (Admin topics = Admin.create(adminProps)) {
            Set<String> existing = topics.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : List.of(WITHDRAWALS, NOTIFIED)) {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, PARTITIONS, (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                topics.createTopics(missing).all().get();
                Thread.sleep(1000); // a fresh topic's partitions take a moment to get leaders
            }
        }
        withdrawals = new KafkaProducer<>(producerProps(), new StringSerializer(), new StringSerializer());
        startConsumers();
        startRelay();
        tail = new TopicTail(kafka, NOTIFIED, this::onNotified);
    }

    private Properties producerProps() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return props;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    private void startConsumers() throws SQLException {
        for (int p = 0; p < PARTITIONS; p++) {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
            KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                    new StringDeserializer());
            TopicPartition partition = new TopicPartition(WITHDRAWALS, p);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            consumers.add(consumer);
            Connection connection = connect(); // autocommit: each withdrawal is one statement, one transaction
            Thread thread = new Thread(() -> consume(consumer, connection), "floor-consumer-" + p);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private void consume(KafkaConsumer<String, String> consumer, Connection connection) {
        try (connection; PreparedStatement propagate = connection.prepareStatement(PROPAGATE)) {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    String[] parts = record.value().split(",");
                    propagate.setObject(1, UUID.fromString(parts[0]));
                    propagate.setObject(2, UUID.fromString(parts[1]));
                    propagate.executeQuery().close();
                }
            }
        } catch (WakeupException stopping) {
            // closing
        } catch (Exception e) {
            if (running) {
                log.line("floor consumer stopped: " + e);
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void startRelay() throws SQLException {
        Connection listen = connect();
        try (Statement s = listen.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        }
        Connection work = connect();
        work.setAutoCommit(false);
        KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(), new StringSerializer(),
                new StringSerializer());
        Thread thread = new Thread(() -> relay(listen, work, producer), "floor-relay");
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private void relay(Connection listen, Connection work, KafkaProducer<String, String> producer) {
        try (listen; work; producer;
             PreparedStatement next = work.prepareStatement("SELECT id, consent_id, recipient_id, payload FROM outbox "
                     + "WHERE published_at IS NULL ORDER BY id LIMIT 1000 FOR UPDATE SKIP LOCKED");
             PreparedStatement published = work.prepareStatement(
                     "UPDATE outbox SET published_at = now() WHERE id = ANY(?)")) {
            PGConnection notifications = listen.unwrap(PGConnection.class);
            while (running) {
                List<Long> ids = new ArrayList<>();
                List<Future<?>> sent = new ArrayList<>();
                try (ResultSet rs = next.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        String consent = rs.getString(2);
                        sent.add(producer.send(new ProducerRecord<>(NOTIFIED, consent,
                                consent + "," + rs.getString(3) + "," + rs.getLong(1) + "," + rs.getString(4))));
                    }
                }
                if (ids.isEmpty()) {
                    work.commit();
                    notifications.getNotifications(50); // woken by NOTIFY, else polls every 50 ms
                    continue;
                }
                for (Future<?> f : sent) {
                    f.get();
                }
                Array array = work.createArrayOf("bigint", ids.toArray(new Long[0]));
                published.setArray(1, array);
                published.executeUpdate();
                work.commit();
            }
        } catch (Exception e) {
            if (running) {
                log.line("floor relay stopped: " + e);
            }
        }
    }

    private void onNotified(ConsumerRecord<byte[], byte[]> record) {
        long now = System.nanoTime();
        String[] parts = new String(record.value(), java.nio.charset.StandardCharsets.UTF_8).split(",", 4);
        UUID notification = new UUID(0, Long.parseLong(parts[2]));
        tracker.notified(UUID.fromString(parts[0]), notification, UUID.fromString(parts[1]), now);
    }

    @Override
    public String name() {
        return "floor";
    }

    /** Refills the recipient table to exactly {@code rows} filler rows (one in ten an onward child), then ANALYZE. */
    @Override
    public long fillTo(long rows) throws Exception {
        try (Statement s = admin.createStatement()) {
            s.executeUpdate("TRUNCATE recipient, outbox, processed_event");
            long children = rows / 10;
            s.executeUpdate("INSERT INTO recipient (id, consent_id, partner_id, status) SELECT gen_random_uuid(), "
                    + "gen_random_uuid(), 'filler', 'RELEASED' FROM generate_series(1, " + (rows - children) + ")");
            s.executeUpdate("INSERT INTO recipient (id, consent_id, parent_id, partner_id, status) SELECT gen_random_uuid(), "
                    + "consent_id, id, 'filler', 'RELEASED' FROM recipient LIMIT " + children);
            // the floor is the best case, with statistics (the platform's tables get none from the bench)
            s.execute("ANALYZE recipient");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM recipient")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public List<Sample> prepare(int count, int n) throws Exception {
        List<Sample> samples = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        List<UUID> consents = new ArrayList<>();
        List<UUID> parents = new ArrayList<>();
        List<String> partners = new ArrayList<>();
        int children = SampleLayout.childrenOf(n);
        for (int c = 0; c < count; c++) {
            UUID consent = Ids.fast();
            List<UUID> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                UUID id = Ids.fast();
                UUID parent = i >= n - children ? rows.get(i % Math.max(1, n - children)) : null;
                ids.add(id);
                consents.add(consent);
                parents.add(parent);
                partners.add("bench-p" + (1 + (c + i) % 4));
                rows.add(id);
            }
            samples.add(new Sample(consent, rows));
        }
        admin.setAutoCommit(false);
        try (PreparedStatement s = admin.prepareStatement("INSERT INTO recipient (id, consent_id, parent_id, partner_id, "
                + "status) SELECT id, consent, parent, partner, 'RELEASED' FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], "
                + "?::text[]) AS u(id, consent, parent, partner) ORDER BY parent NULLS FIRST")) {
            s.setArray(1, admin.createArrayOf("uuid", ids.toArray(new UUID[0])));
            s.setArray(2, admin.createArrayOf("uuid", consents.toArray(new UUID[0])));
            s.setArray(3, admin.createArrayOf("uuid", parents.toArray(new UUID[0])));
            s.setArray(4, admin.createArrayOf("text", partners.toArray(new String[0])));
            s.executeUpdate();
            admin.commit();
        } finally {
            admin.setAutoCommit(true);
        }
        return samples;
    }

    @Override
    public CompletableFuture<String> withdraw(UUID consentId) {
        CompletableFuture<String> done = new CompletableFuture<>();
        withdrawals.send(new ProducerRecord<>(WITHDRAWALS, consentId.toString(), UUID.randomUUID() + "," + consentId),
                (metadata, error) -> done.complete(error == null ? null : "floor withdrawal not produced: " + error));
        return done;
    }

    @Override
    public WithdrawalTracker tracker() {
        return tracker;
    }

    @Override
    public boolean webhooks() {
        return false;
    }

    @Override
    public List<String> check(Map<UUID, Set<UUID>> expectedByConsent) throws Exception {
        List<String> problems = new ArrayList<>();
        Map<UUID, Integer> outboxRows = new HashMap<>();
        try (PreparedStatement s = admin.prepareStatement(
                "SELECT recipient_id, count(*) FROM outbox WHERE consent_id = ANY(?) GROUP BY 1")) {
            s.setArray(1, admin.createArrayOf("uuid", expectedByConsent.keySet().toArray(new UUID[0])));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    outboxRows.put(rs.getObject(1, UUID.class), rs.getInt(2));
                }
            }
        }
        Set<UUID> all = new HashSet<>();
        expectedByConsent.values().forEach(all::addAll);
        int withdrawn = 0;
        try (PreparedStatement s = admin.prepareStatement(
                "SELECT count(*) FROM recipient WHERE id = ANY(?) AND status = 'WITHDRAWN'")) {
            s.setArray(1, admin.createArrayOf("uuid", all.toArray(new UUID[0])));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                withdrawn = rs.getInt(1);
            }
        }
        if (withdrawn != all.size()) {
            problems.add("floor db: " + withdrawn + " of " + all.size() + " rows withdrawn");
        }
        for (UUID id : all) {
            if (outboxRows.getOrDefault(id, 0) != 1) {
                problems.add("floor db: row " + id + " has " + outboxRows.getOrDefault(id, 0) + " outbox rows");
            }
        }
        if (outboxRows.size() != all.size()) {
            problems.add("floor db: " + outboxRows.size() + " rows in the outbox for " + all.size() + " expected");
        }
        return problems;
    }

    @Override
    public void close() throws Exception {
        running = false;
        consumers.forEach(KafkaConsumer::wakeup);
        for (Thread thread : threads) {
            thread.join(5000);
        }
        if (tail != null) {
            tail.close();
        }
        withdrawals.close(Duration.ofSeconds(2));
        admin.close();
    }
}
