package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.events.vocabulary.Sensitivity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Builds a release from an approved share's payload for one recipient: only the categories it may
 * have (P9.1), the subject as the recipient's own pseudonym (P7.1), small cells suppressed (P7.2),
 * terms attached (P7.3), each record's source and date last verified kept (P2.2/P9.1), the channel the
 * governing protocol agreed, or the policy's for the sensitivity without one (P11.1), and no count
 * the recipient could difference against what it already holds (P7.4). Pure.
 */
public final class ReleaseBuilder {

    private ReleaseBuilder() {
    }

    /**
     * What the release is for: the recipient, its own pseudonymiser (keyed per recipient, P7.1), its
     * purposes and categories, its parent if onward, the governing protocol's limits on use, and the
     * governing protocol itself, whose method sets the channel (P11.1).
     */
    public record Recipient(String partnerId, UnaryOperator<String> pseudonymiser, List<String> purposes, List<String> categories,
                            Optional<UUID> parentReleaseId, List<String> protocolLimits, Optional<Protocol> protocol) {

        /** Under no protocol (guidance notes, P1.3): the channel is the policy's for the sensitivity. */
        public Recipient(String partnerId, UnaryOperator<String> pseudonymiser, List<String> purposes,
                         List<String> categories, Optional<UUID> parentReleaseId, List<String> protocolLimits) {
            this(partnerId, pseudonymiser, purposes, categories, parentReleaseId, protocolLimits, Optional.empty());
        }
    }

    /** A release and what P7.4 found about its cells (for the log, never for the recipient). */
    public record Built(Release release, RuleResult cumulative) {
    }

    /** For a recipient that holds no earlier aggregate. */
    public static Release build(UUID id, ShareRequest request, Recipient recipient, int smallCellThreshold,
                                Instant now) {
        return build(id, request, recipient, smallCellThreshold, HeldCells.none(), now).release();
    }

    /** @param held the aggregate counts this recipient was shown by earlier releases (P7.4) */
    public static Built build(UUID id, ShareRequest request, Recipient recipient, int smallCellThreshold,
                              HeldCells held, Instant now) {
        Payload payload = request.payload();
        Set<String> allowed = new LinkedHashSet<>(recipient.categories());
        Set<String> withheld = new LinkedHashSet<>();
        List<Map<String, Map<String, Object>>> records = payload.records().stream().map(record -> {
            Map<String, Map<String, Object>> kept = new LinkedHashMap<>();
            record.forEach((category, fields) -> {
                if (allowed.contains(category)) {
                    kept.put(category, fields);
                } else {
                    withheld.add(category);
                }
            });
            return kept;
        }).toList();
        List<Payload.AggregateCell> cells = payload.cells().stream().filter(cell -> {
            boolean keep = allowed.contains(cell.category());
            if (!keep) {
                withheld.add(cell.category());
            }
            return keep;
        }).toList();
        Optional<String> subjectRef = request.subjectId().map(subject -> request.identifiable()
                ? subject
                : recipient.pseudonymiser().apply(subject));
        Sensitivity sensitivity = request.sensitivity().orElseThrow(
                () -> new IllegalStateException("an approved share always has a sensitivity class (P8.1)"));
        Optional<ReleaseChannel> agreed = recipient.protocol().map(p -> p.method().channel());
        ReleaseChannel channel = DisclosureChannelRule.channel(agreed, sensitivity).orElseThrow(
                () -> new IllegalStateException("an approved share's agreed channel is adequate for its sensitivity (P11.1)"));
        SmallCellSuppression.Suppressed suppressed = SmallCellSuppression.suppress(cells, smallCellThreshold, held);
        return new Built(new Release(id, request.id(), recipient.parentReleaseId(), recipient.partnerId(), request.subjectId(),
                request.consentId(), recipient.purposes(), List.copyOf(allowed), List.copyOf(withheld),
                request.identifiable(), subjectRef, records, suppressed.cells(),
                ReleaseTerms.of(recipient.purposes(), recipient.protocolLimits()), sensitivity,
                channel, ReleaseStatus.RELEASED, now, Optional.empty(),
                payload.sources(), recipient.protocol().map(Protocol::id), ReleaseLifecycle.stored()),
                suppressed.cumulative());
    }
}
