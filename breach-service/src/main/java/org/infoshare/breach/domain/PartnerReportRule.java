package org.infoshare.breach.domain;

import org.infoshare.rules.RuleResult;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * P14.1 for a partner's report. A partner speaks for the data it received: it may name only
 * releases made to it, so its report cannot pull another partner's people into the trace. And the
 * organisation becomes aware of a breach a partner reports when the report arrives: that starts
 * the 72-hour ICO clock (P14.2), while the partner's own awareness time is kept as it said it.
 */
public final class PartnerReportRule {

    public static final String ID = "P14.1";

    private PartnerReportRule() {
    }

    /**
     * Why a partner may not name these releases, or empty when it may (staff and the DPO may name any).
     *
     * @param recipientOf the recipient partner of each named release this service knows
     */
    public static Optional<RuleResult> foreignReleases(Reporter reporter, List<UUID> named, Map<UUID, String> recipientOf) {
        if (reporter.partnerId().isEmpty()) {
            return Optional.empty();
        }
        String partner = reporter.partnerId().get();
        List<UUID> foreign = named.stream().filter(id -> !partner.equals(recipientOf.get(id))).distinct().toList();
        if (foreign.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RuleResult.refuse(ID, "a partner may name only releases made to it; these are not releases to "
                + partner + " known here: " + foreign));
    }

    /** When the organisation became aware: on receiving a partner's report, else when staff or the DPO say. */
    public static Instant awareness(Reporter reporter, Instant statedAwareAt, Instant reportedAt) {
        return reporter.kind() == Reporter.Kind.PARTNER ? reportedAt : statedAwareAt;
    }
}
