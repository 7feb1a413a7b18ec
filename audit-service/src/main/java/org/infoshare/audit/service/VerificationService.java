package org.infoshare.audit.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.config.AuditConfig;
import org.infoshare.audit.domain.Checkpoint;
import org.infoshare.audit.domain.CompactRange;
import org.infoshare.audit.domain.TrailVerification;
import org.infoshare.audit.domain.VerificationReport;
import org.infoshare.audit.persistence.TrailStore;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.util.List;
import java.util.Optional;

/**
 * Verifies the whole trail, or a range of it, from the table and the signed checkpoints (X1).
 * The whole trail starts from the retention horizon (empty tree when nothing was removed) and
 * trusts nothing else stored: every checkpoint is checked, those before the horizon by signature.
 * A range starts at the closest checkpoint at or before it, whose signature is checked and whose
 * stored compact range is checked against its signed root; then the checkpoints inside the range.
 * Entries and checkpoints are read a page at a time, so memory does not grow with the trail.
 */
@ApplicationScoped
public class VerificationService {

    private final TrailStore store;
    private final TrailSigner signer;
    private final AuditConfig config;

    public VerificationService(TrailStore store, TrailSigner signer, AuditConfig config) {
        this.store = store;
        this.signer = signer;
        this.config = config;
    }

    /**
     * @param from first leaf index to check (default: the retention horizon)
     * @param to   last leaf index to check (default: the end of the trail, and then checkpoints
     *             beyond the last entry mean a truncated trail)
     */
    public Uni<VerificationReport> verify(Optional<Long> from, Optional<Long> to) {
        if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "from must not be after to");
        }
        Pool pool = store.pool();
        return store.horizon().chain(horizon -> {
            long wanted = Math.max(horizon, from.orElse(horizon));
            long end = to.map(t -> t + 1).orElse(Long.MAX_VALUE);
            return store.checkpointAtMost(pool, horizon, wanted).chain(start -> {
                if (horizon > 0 && start.isEmpty()) {
                    throw new IllegalStateException("no checkpoint at the retention horizon " + horizon);
                }
                CompactRange range = start.map(Checkpoint::compactRange).orElseGet(CompactRange::new);
                TrailVerification verification = new TrailVerification(range, signer);
                Uni<Void> before = from.isPresent()
                        ? Uni.createFrom().voidItem()
                                .invoke(() -> verification.offer(start.map(List::of).orElse(List.of())))
                        : signaturesUpTo(verification, range.size(), -1);
                return before.chain(() -> TrailReader.feed(store, pool, verification, end, config.verifyPageSize(),
                        Long.MAX_VALUE));
            }).map(done -> done.finish(true));
        });
    }

    /** Offers every checkpoint up to the start (before the horizon: only their signatures can be checked). */
    private Uni<Void> signaturesUpTo(TrailVerification verification, long startSize, long after) {
        int pageSize = config.verifyPageSize();
        return store.checkpoints(store.pool(), after, startSize, pageSize).chain(page -> {
            verification.offer(page);
            if (page.size() < pageSize || verification.failed()) {
                return Uni.createFrom().voidItem();
            }
            return signaturesUpTo(verification, startSize, page.get(page.size() - 1).treeSize());
        });
    }
}
