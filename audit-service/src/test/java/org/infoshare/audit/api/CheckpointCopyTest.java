package org.infoshare.audit.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.infoshare.audit.domain.Checkpoint;
import org.infoshare.audit.domain.MerkleHash;
import org.infoshare.audit.domain.PublishedCheckpoint.Verdict;
import org.infoshare.audit.persistence.TrailStore;
import org.infoshare.audit.service.CheckpointCopies;
import org.infoshare.audit.service.CheckpointService;
import org.infoshare.events.EventCodec;
import org.infoshare.events.audit.AuditCheckpoint;
import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * X1: audit-service reads its published checkpoint copies back from Kafka and compares each with
 * the database; a copy that disagrees, or names a checkpoint the database lacks, is counted for the
 * operators' alert. The age of the unsigned tail is measured for the "no recent checkpoint" alert.
 */
@QuarkusTest
class CheckpointCopyTest {

    @Inject
    CheckpointService checkpoints;
    @Inject
    CheckpointCopies copies;
    @Inject
    TrailStore store;
    @Inject
    MeterRegistry registry;
    @Inject
    Scheduler scheduler;

    private final TrailFixture fixture = new TrailFixture();
    private final EventCodec codec = new EventCodec();

    @BeforeEach
    void pauseSchedule() throws InterruptedException {
        scheduler.pause();
        Thread.sleep(500); // a run already under way finishes
        awaitCopiesConsumerAssigned();
    }

    /** The test profile reads copies from the latest offset on: only once assigned is no copy missed. */
    private static void awaitCopiesConsumerAssigned() {
        String group = ConfigProvider.getConfig().getValue("mp.messaging.incoming.checkpoints-in.group.id", String.class);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", "127.0.0.1:9092"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> admin.describeConsumerGroups(List.of(group))
                    .describedGroups().get(group).get().members().stream()
                    .anyMatch(member -> !member.assignment().topicPartitions().isEmpty()));
        }
    }

    @AfterEach
    void close() {
        scheduler.resume();
        fixture.close();
    }

    @Test
    @DisplayName("X1 the published copy of a new checkpoint is read back and matches the database")
    void genuineCopyMatches() throws Throwable {
        double before = compared(Verdict.MATCHES);
        double differing = compared(Verdict.DIFFERS) + compared(Verdict.MISSING_FROM_DATABASE);
        signNewCheckpoint();

        await().atMost(Duration.ofSeconds(30)).until(() -> compared(Verdict.MATCHES) > before);
        assertThat(compared(Verdict.DIFFERS) + compared(Verdict.MISSING_FROM_DATABASE)).isEqualTo(differing);
    }

    @Test
    @DisplayName("X1 a copy that disagrees with the stored checkpoint of its size is counted as differing")
    void disagreeingCopyIsCounted() throws Throwable {
        Checkpoint stored = signNewCheckpoint();
        double before = compared(Verdict.DIFFERS);

        publish(new AuditCheckpoint(stored.treeSize(), MerkleHash.hex(MerkleHash.sha256(new byte[] {42})),
                stored.signedAt(), stored.keyId(), Base64.getEncoder().encodeToString(stored.signature())));

        await().atMost(Duration.ofSeconds(30)).until(() -> compared(Verdict.DIFFERS) > before);
    }

    @Test
    @DisplayName("X1 a copy of a checkpoint the database does not hold is counted as missing from the database")
    void copyWithoutRowIsCounted() throws Throwable {
        Checkpoint stored = signNewCheckpoint();
        double before = compared(Verdict.MISSING_FROM_DATABASE);
        long absentSize = stored.treeSize() + 1_000_000; // far beyond anything this run appends

        publish(new AuditCheckpoint(absentSize, MerkleHash.hex(stored.root()), stored.signedAt(), stored.keyId(),
                Base64.getEncoder().encodeToString(stored.signature())));

        await().atMost(Duration.ofSeconds(30)).until(() -> compared(Verdict.MISSING_FROM_DATABASE) > before);
    }

    @Test
    @DisplayName("X1 entries waiting for a checkpoint show their age; once signed the age is back to zero")
    void unsignedTailAge() throws Throwable {
        String subject = UUID.randomUUID().toString();
        fixture.accessed(subject, "staff-1");
        TrailFixture.awaitSeqs(subject, 1);
        Thread.sleep(1_100);

        assertThat(VertxContextSupport.<Long>subscribeAndAwait(() -> copies.checkNow())).isGreaterThanOrEqualTo(1);

        VertxContextSupport.subscribeAndAwait(() -> checkpoints.checkpointNow());
        assertThat(VertxContextSupport.<Long>subscribeAndAwait(() -> copies.checkNow())).isZero();
        assertThat(registry.get("audit.trail.unsigned.age.seconds").gauge().value()).isZero();
    }

    /** Appends one entry and signs it; the stored checkpoint that covers it. */
    private Checkpoint signNewCheckpoint() throws Throwable {
        String subject = UUID.randomUUID().toString();
        fixture.accessed(subject, "staff-1");
        long seq = TrailFixture.awaitSeqs(subject, 1).get(0);
        VertxContextSupport.subscribeAndAwait(() -> checkpoints.checkpointNow());
        Checkpoint latest = VertxContextSupport.subscribeAndAwait(() -> store.lastCheckpoint()).orElseThrow();
        assertThat(latest.treeSize()).isGreaterThan(seq);
        return latest;
    }

    private void publish(AuditCheckpoint copy) {
        fixture.send("test.audit-checkpoints", AuditCheckpoint.KEY, codec.serialize(codec.toCloudEvent(copy,
                UUID.randomUUID(), URI.create("urn:infoshare:audit-service"), Instant.now())));
    }

    private double compared(Verdict verdict) {
        return registry.get("audit.checkpoint.copy.compared").tag("verdict", verdict.name()).counter().count();
    }
}
