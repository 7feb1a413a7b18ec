package org.infoshare.audit.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.config.AuditConfig;
import org.infoshare.audit.domain.Checkpoint;
import org.infoshare.audit.domain.CompactRange;
import org.infoshare.audit.domain.TrailVerification;
import org.infoshare.audit.domain.VerificationReport;
import org.infoshare.audit.persistence.TrailStore;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Verifies the whole trail, or a range of it, from the table and the signed checkpoints (X1).
 * The whole trail starts from the retention horizon (empty tree when nothing was removed) and
 * trusts nothing else stored; a range starts at the closest checkpoint at or before it, whose
 * stored compact range is itself checked against its signed root.
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
        return store.horizon().chain(horizon -> store.checkpoints().chain(all -> {
            long wanted = Math.max(horizon, from.orElse(horizon));
            long end = to.map(t -> t + 1).orElse(Long.MAX_VALUE);
            Optional<Checkpoint> start = all.stream()
                    .filter(c -> c.treeSize() <= wanted && c.treeSize() >= (horizon == 0 ? 0 : horizon))
                    .max(Comparator.comparingLong(Checkpoint::treeSize));
            if (horizon > 0 && start.isEmpty()) {
                start = all.stream().filter(c -> c.treeSize() == horizon).findFirst();
            }
            CompactRange range = start.map(Checkpoint::compactRange).orElseGet(CompactRange::new);
            List<Checkpoint> relevant = all.stream().filter(c -> c.treeSize() <= end).toList();
            TrailVerification verification = new TrailVerification(range, relevant, signer);
            return TrailReader.feed(store, store.pool(), verification, end, config.verifyPageSize(), Long.MAX_VALUE)
                    .map(done -> done.finish(true));
        }));
    }
}
