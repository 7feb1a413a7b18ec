package org.infoshare.audit.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.config.AuditConfig;
import org.infoshare.audit.domain.Capture;
import org.infoshare.audit.domain.Checkpoint;
import org.infoshare.audit.domain.CompactRange;
import org.infoshare.audit.domain.EntryKind;
import org.infoshare.audit.domain.MerkleHash;
import org.infoshare.audit.domain.PayloadDigest;
import org.infoshare.audit.domain.RetentionRule;
import org.infoshare.audit.domain.TrailVerification;
import org.infoshare.audit.persistence.TrailStore;
import org.infoshare.messaging.jobs.JobLock;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * P13.1 for the trail: removes entries past their retention period by a recorded retention step
 * that keeps the remaining trail verifiable. In one transaction holding the append lock it picks
 * the prefix to remove ({@link RetentionRule}: up to a signed checkpoint), verifies that prefix
 * against the checkpoint (evidence of tampering is never destroyed), appends a retention entry to
 * the trail saying what goes and under which signed root, records the step, and calls the
 * owner's {@code trail_remove_expired}, the only path by which entries leave the table. The
 * checkpoint's compact range then stands for the removed prefix in every later verification and proof.
 * <p>
 * Never applied twice: the append lock serialises steps and each reads the horizon after taking
 * it, so a step that follows another starts where that one ended. With several instances the
 * step's transaction also takes the retention job's lock ({@link JobLock}) first, so the others
 * skip at once instead of queueing behind it on the append lock (which holds back every append).
 */
@ApplicationScoped
public class RetentionService {

    static final String TYPE = "org.infoshare.audit.trail-retention";
    static final String JOB = "audit-retention";
    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    private final TrailStore store;
    private final TrailAppender appender;
    private final TrailSigner signer;
    private final Clock clock;
    private final AuditConfig config;
    private final JobLock jobLock;

    public RetentionService(TrailStore store, TrailAppender appender, TrailSigner signer, Clock clock,
                            AuditConfig config, JobLock jobLock) {
        this.jobLock = jobLock;
        this.store = store;
        this.appender = appender;
        this.signer = signer;
        this.clock = clock;
        this.config = config;
    }

    /** What a retention step did. */
    public record RetentionStep(long removedFrom, long removedBefore, long removed, long entrySeq, Instant cutoff) {
    }

    @Scheduled(cron = "${infoshare.audit.retention.schedule}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return removeExpired(clock.instant().minus(config.retention().period()))
                .invoke(step -> step.ifPresent(s -> LOG.infof("Retention removed trail entries [%d, %d)",
                        s.removedFrom(), s.removedBefore())))
                .replaceWithVoid()
                .onFailure().recoverWithItem(error -> {
                    LOG.errorf("Retention step failed: %s", error.getMessage());
                    return null;
                });
    }

    /**
     * Removes the entries recorded before {@code cutoff}, as far as a signed checkpoint allows;
     * empty when there is nothing to remove or another instance is taking a step right now.
     */
    public Uni<Optional<RetentionStep>> removeExpired(Instant requestedCutoff) {
        Instant cutoff = requestedCutoff.truncatedTo(ChronoUnit.MICROS);
        if (cutoff.isAfter(clock.instant().minus(config.retention().period()))) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Entries recorded after "
                    + clock.instant().minus(config.retention().period()) + " are inside the retention period");
        }
        return store.pool().withTransaction(conn -> jobLock.tryLock(conn, JOB)
                .chain(mine -> mine ? stepIfDue(conn, cutoff) : Uni.createFrom().item(Optional.<RetentionStep>empty())));
    }

    private Uni<Optional<RetentionStep>> stepIfDue(SqlConnection conn, Instant cutoff) {
        return store.lockAppends(conn)
                .chain(() -> store.horizon(conn))
                .chain(horizon -> store.firstRecordedSince(conn, cutoff)
                        .chain(first -> first.isPresent()
                                ? Uni.createFrom().item(first.get())
                                : store.nextSeq(conn))
                        // only the largest candidate can be the answer: no need to read every checkpoint
                        .chain(firstUnexpired -> store.checkpointAtMost(conn, horizon + 1, firstUnexpired)
                                .chain(candidate -> {
                                    OptionalLong until = RetentionRule.removableBefore(horizon, firstUnexpired,
                                            candidate.map(c -> List.of(c.treeSize())).orElse(List.of()));
                                    if (until.isEmpty()) {
                                        return Uni.createFrom().item(Optional.<RetentionStep>empty());
                                    }
                                    return step(conn, horizon, candidate.get(), cutoff).map(Optional::of);
                                })));
    }

    private Uni<RetentionStep> step(SqlConnection conn, long horizon, Checkpoint end, Instant cutoff) {
        long until = end.treeSize();
        return store.checkpoint(conn, horizon).chain(startCheckpoint -> {
            CompactRange start = startCheckpoint.map(Checkpoint::compactRange).orElseGet(CompactRange::new);
            TrailVerification verification = new TrailVerification(start, signer);
            verification.offer(startCheckpoint.map(List::of).orElse(List.of()));
            return TrailReader.feed(store, conn, verification, until, config.verifyPageSize(), Long.MAX_VALUE);
        }).chain(done -> {
            var report = done.finish(true);
            if (!report.ok()) {
                throw new TrailTamperedException(report);
            }
            String statement = "removed entries [" + horizon + ", " + until + ") recorded before " + cutoff
                    + "; they are committed to by checkpoint " + until + " with root "
                    + MerkleHash.hex(end.root());
            Capture record = new Capture(EntryKind.RETENTION, UUID.randomUUID(), TYPE,
                    "urn:infoshare:audit-service", null, null, clock.instant(), null, null, null, statement,
                    PayloadDigest.sha256(end.statement()));
            return appender.appendIn(conn, List.of(record))
                    .chain(entries -> {
                        long entrySeq = entries.get(0).seq();
                        return store.recordRetention(conn, horizon, until, cutoff, entrySeq)
                                .chain(() -> store.removeExpired(conn, until))
                                .map(removed -> new RetentionStep(horizon, until, removed, entrySeq, cutoff));
                    });
        });
    }

}
