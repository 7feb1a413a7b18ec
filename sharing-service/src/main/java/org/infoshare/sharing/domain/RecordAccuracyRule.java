package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * P9.1 (with P2.2): every shared record names its source and when it was last verified; a record
 * not verified within the stale-after period (default P365D) refers the share to the DPO (AWAITING_DPO,
 * the engine's pattern for "needs a human"), so stale data is flagged before anything is released. Aggregate cells are counts, not records: exempt.
 */
public final class RecordAccuracyRule {

    public static final String ID = "P9.1";
    public static final Period DEFAULT_STALE_AFTER = Period.ofDays(365);

    private RecordAccuracyRule() {
    }

    public static Optional<RuleResult> check(ShareContext context) {
        Payload payload = context.request().payload();
        if (payload.records().isEmpty()) {
            return Optional.empty();
        }
        if (payload.sources().size() != payload.records().size()) {
            return Optional.of(RuleResult.referToDpo(ID, "a record does not name its source, medium and date last verified (P2.2)"));
        }
        LocalDate oldest = LocalDate.ofInstant(context.now(), ZoneOffset.UTC).minus(context.staleAfter());
        List<Integer> stale = new ArrayList<>();
        for (int i = 0; i < payload.sources().size(); i++) {
            if (payload.sources().get(i).lastVerifiedOn().isBefore(oldest)) {
                stale.add(i);
            }
        }
        return Optional.of(stale.isEmpty()
                ? RuleResult.satisfied(ID, "every record was verified within " + context.staleAfter())
                : RuleResult.referToDpo(ID, "record(s) " + stale + " last verified before " + oldest
                        + ": check they are still accurate before release"));
    }
}
