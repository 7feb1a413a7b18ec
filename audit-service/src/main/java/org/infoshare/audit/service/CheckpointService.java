package org.infoshare.audit.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.config.AuditConfig;
import org.infoshare.audit.domain.Checkpoint;
import org.infoshare.audit.domain.CompactRange;
import org.infoshare.audit.domain.MerkleHash;
import org.infoshare.audit.domain.TrailVerification;
import org.infoshare.audit.persistence.CheckpointRepository;
import org.infoshare.audit.persistence.TrailStore;
import org.infoshare.events.audit.AuditCheckpoint;
import org.infoshare.messaging.jobs.JobLock;
import org.infoshare.messaging.outbox.Outbox;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Signs the trail periodically (X1). A checkpoint extends the previous one: it starts from the
 * stored compact range (whose root must equal the previous signed root), reads only the entries
 * appended since, recomputes each leaf hash from the stored fields and compares it with the
 * recorded one, and signs the new root. A trail that does not verify is never signed: the
 * checkpoint is refused and the refusal counted and logged. The checkpoint row and its
 * {@code audit-checkpoint} event commit together, so a copy lives outside the database.
 * <p>
 * With several instances each fires the schedule, but a checkpoint is written only by a
 * transaction holding the checkpoint job's lock ({@link JobLock}) and only if the checkpoint it
 * extends is still the latest: one instance signs, the others skip (their reading was wasted, not
 * harmful), so no two checkpoints ever extend the same one or share a tree size.
 */
@ApplicationScoped
public class CheckpointService {

    private static final Logger LOG = Logger.getLogger(CheckpointService.class);
    static final String JOB = "audit-checkpoint";

    private final TrailStore store;
    private final CheckpointRepository checkpoints;
    private final TrailSigner signer;
    private final Outbox outbox;
    private final Clock clock;
    private final AuditConfig config;
    private final Counter refused;
    private final JobLock jobLock;

    public CheckpointService(TrailStore store, CheckpointRepository checkpoints, TrailSigner signer, Outbox outbox,
                             Clock clock, AuditConfig config, MeterRegistry registry, JobLock jobLock) {
        this.jobLock = jobLock;
        this.store = store;
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.refused = Counter.builder("audit.trail.checkpoint.refused")
                .description("Checkpoints refused because the entries since the last one do not verify")
                .register(registry);
    }

    @Scheduled(every = "${infoshare.audit.checkpoint.interval}", delayed = "${infoshare.audit.checkpoint.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return checkpointNow().replaceWithVoid()
                .onFailure().recoverWithItem(error -> {
                    LOG.errorf("No checkpoint this time: %s", error.getMessage());
                    return null;
                });
    }

    /** Signs the entries appended since the last checkpoint; empty when there were none. */
    public Uni<Optional<Checkpoint>> checkpointNow() {
        return store.lastCheckpoint().chain(last -> {
            CompactRange start = last.map(Checkpoint::compactRange).orElseGet(CompactRange::new);
            TrailVerification extension = new TrailVerification(start, last.map(List::of).orElse(List.of()), signer);
            long extended = last.map(Checkpoint::treeSize).orElse(0L);
            return TrailReader.feed(store, store.pool(), extension, Long.MAX_VALUE, config.verifyPageSize(),
                    config.checkpoint().maxEntries()).chain(read -> extend(read, extended));
        });
    }

    private Uni<Optional<Checkpoint>> extend(TrailVerification extension, long extended) {
        var report = extension.finish(false);
        if (!report.ok()) {
            refused.increment();
            LOG.errorf("Checkpoint refused, the trail does not verify: %s", report.failure().detail());
            return Uni.createFrom().failure(new TrailTamperedException(report));
        }
        CompactRange range = extension.range();
        if (report.entriesChecked() == 0) {
            return Uni.createFrom().item(Optional.<Checkpoint>empty());
        }
        return sign(range, extended);
    }

    /** Writes the checkpoint if this instance holds the job's lock and {@code extended} is still the latest. */
    private Uni<Optional<Checkpoint>> sign(CompactRange range, long extended) {
        byte[] root = range.root();
        var signedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] signature = signer.sign(Checkpoint.statement(range.size(), root, signedAt, signer.keyId()));
        Checkpoint checkpoint = new Checkpoint(range.size(), root, range.toBytes(), signedAt, signer.keyId(), signature);
        AuditCheckpoint event = new AuditCheckpoint(checkpoint.treeSize(), MerkleHash.hex(root), signedAt,
                checkpoint.keyId(), Base64.getEncoder().encodeToString(signature));
        return jobLock.inTransaction(JOB, () -> checkpoints.add(checkpoint, extended)
                        .chain(added -> added
                                ? outbox.append(event).replaceWith(Optional.of(checkpoint))
                                : Uni.createFrom().item(Optional.<Checkpoint>empty())))
                .map(signed -> signed.flatMap(c -> c));
    }
}
