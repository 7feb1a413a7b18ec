package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.events.vocabulary.Sensitivity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The recipient record: what one partner received, minimised (P9.1, P7.1, P7.2), with its terms
 * (P7.3), sensitivity and channel (P11.1). {@code subjectId} is the organisation's own pseudonymous
 * id, kept to trace withdrawals and breaches; the partner only ever sees {@code subjectRef}, its own
 * pseudonym (or the subject id when the DPO approved an identifiable share). An onward release
 * (P10.1) names its parent. {@code sources}: each record's source, medium and date last verified,
 * index for index (P2.2/P9.1). {@code protocolId}: the protocol whose method governs how it is
 * delivered (P11.1), none under guidance notes; {@code lifecycle}: delivered, destroyed (P11.1).
 */
public record Release(UUID id, UUID shareRequestId, Optional<UUID> parentReleaseId, String partnerId,
                      Optional<String> subjectId, Optional<UUID> consentId, List<String> purposes,
                      List<String> dataCategories, List<String> withheldCategories, boolean identifiable,
                      Optional<String> subjectRef, List<Map<String, Map<String, Object>>> records,
                      List<SmallCellSuppression.ReleasedCell> cells, List<String> terms, Sensitivity sensitivity,
                      ReleaseChannel channel, ReleaseStatus status, Instant releasedAt,
                      Optional<Instant> withdrawnAt, List<RecordSource> sources, Optional<UUID> protocolId,
                      ReleaseLifecycle lifecycle) {

    public Release {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shareRequestId, "shareRequestId");
        Objects.requireNonNull(parentReleaseId, "parentReleaseId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(consentId, "consentId");
        purposes = List.copyOf(purposes);
        dataCategories = List.copyOf(dataCategories);
        withheldCategories = List.copyOf(withheldCategories);
        Objects.requireNonNull(subjectRef, "subjectRef");
        records = List.copyOf(records);
        cells = List.copyOf(cells);
        terms = List.copyOf(terms);
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(releasedAt, "releasedAt");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        sources = List.copyOf(sources);
        Objects.requireNonNull(protocolId, "protocolId");
        Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /** Just stored, governed by no protocol (as made before P11.1 tracked the protocol and lifecycle). */
    public Release(UUID id, UUID shareRequestId, Optional<UUID> parentReleaseId, String partnerId,
                   Optional<String> subjectId, Optional<UUID> consentId, List<String> purposes,
                   List<String> dataCategories, List<String> withheldCategories, boolean identifiable,
                   Optional<String> subjectRef, List<Map<String, Map<String, Object>>> records,
                   List<SmallCellSuppression.ReleasedCell> cells, List<String> terms, Sensitivity sensitivity,
                   ReleaseChannel channel, ReleaseStatus status, Instant releasedAt, Optional<Instant> withdrawnAt,
                   List<RecordSource> sources) {
        this(id, shareRequestId, parentReleaseId, partnerId, subjectId, consentId, purposes, dataCategories,
                withheldCategories, identifiable, subjectRef, records, cells, terms, sensitivity, channel, status,
                releasedAt, withdrawnAt, sources, Optional.empty(), ReleaseLifecycle.stored());
    }

    /** Without record sources (releases of aggregates, or made before P9.1 sources were carried). */
    public Release(UUID id, UUID shareRequestId, Optional<UUID> parentReleaseId, String partnerId,
                   Optional<String> subjectId, Optional<UUID> consentId, List<String> purposes,
                   List<String> dataCategories, List<String> withheldCategories, boolean identifiable,
                   Optional<String> subjectRef, List<Map<String, Map<String, Object>>> records,
                   List<SmallCellSuppression.ReleasedCell> cells, List<String> terms, Sensitivity sensitivity,
                   ReleaseChannel channel, ReleaseStatus status, Instant releasedAt, Optional<Instant> withdrawnAt) {
        this(id, shareRequestId, parentReleaseId, partnerId, subjectId, consentId, purposes, dataCategories,
                withheldCategories, identifiable, subjectRef, records, cells, terms, sensitivity, channel, status,
                releasedAt, withdrawnAt, List.of());
    }

    public boolean withdrawn() {
        return status == ReleaseStatus.WITHDRAWN;
    }

    /** Its payload is gone: it can never be delivered again. */
    public boolean destroyed() {
        return lifecycle.destroyed();
    }

    /** The latest lifecycle step it reached (P11.1). */
    public ReleaseStage stage() {
        if (lifecycle.destroyed()) {
            return ReleaseStage.DESTROYED;
        }
        if (withdrawn()) {
            return ReleaseStage.WITHDRAWN;
        }
        return lifecycle.delivered() ? ReleaseStage.FETCHED : ReleaseStage.STORED;
    }

    public boolean personal() {
        return subjectId.isPresent();
    }
}
