package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import java.util.Collection;
import java.util.List;

/**
 * P7.4 (policy §7: anonymised data must not be combinable "with any data sources held by any likely
 * recipient", and a recipient holds its own earlier releases): a count this recipient could subtract
 * from a count it was shown earlier for the same cells, to find a change of fewer than the threshold
 * people (P7.2's small group, e.g. the 2 who joined ward 7 since last month), is not shown.
 *
 * <p>The cell is suppressed, not the release refused or referred: suppression discloses nothing,
 * keeps the rest of a regular report useful, and a DPO could only approve by suppressing anyway.
 * The recipient is not told why a cell is hidden: "it moved by under 5" would itself be the disclosure.
 * A change of 0 shows nothing new; a change of the threshold or more is a group, not a few people.
 */
public final class CumulativeDisclosureRule {

    public static final String ID = "P7.4";

    private CumulativeDisclosureRule() {
    }

    /**
     * Whether showing {@code now} as the count (or, for hidden cells a known total lets it work out,
     * the sum) of these cells lets the recipient difference it against an earlier release to a
     * change of more than none and fewer than {@code threshold}.
     */
    public static boolean differences(Collection<HeldCells.CellKey> cells, long now, HeldCells held, int threshold) {
        return held.earlierSums(cells).stream().map(earlier -> Math.abs(now - earlier))
                .anyMatch(change -> change > 0 && change < threshold);
    }

    /** What the rule did to one release, for the log and the DPO; never shown to the recipient. */
    public static RuleResult check(List<SmallCellSuppression.ReleasedCell> released, int differenced, int threshold) {
        if (differenced == 0) {
            return RuleResult.satisfied(ID, "no shown count differs from one this recipient was shown earlier by "
                    + "more than 0 and fewer than " + threshold);
        }
        long hidden = released.stream().filter(SmallCellSuppression.ReleasedCell::suppressed).count();
        return RuleResult.satisfied(ID, differenced + " cell(s) differing by fewer than " + threshold
                + " from an earlier release to this recipient were suppressed (" + hidden + " of "
                + released.size() + " hidden in all)");
    }
}
