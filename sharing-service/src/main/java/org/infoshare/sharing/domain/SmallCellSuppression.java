package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * P7.2: an aggregate never shows a count under the threshold (default 5). The threshold itself is
 * shown: 5 people are a group, not a few. A zero is shown: it counts no one, so no one can be
 * recognised in it (policy §7 protects "the identity of the individual"), and hiding zeros would
 * only make the other hidden cells easier to work out.
 *
 * <p>Several hidden cells: a recipient that knows a total (of a category, or of a row or column of a
 * two-dimensional table) can work out the sum of the hidden cells in it. While that sum is more than
 * none and under the threshold, or only one cell is hidden (its count is then exact), the next
 * smallest shown cell is hidden too, until the group is safe or wholly hidden. With {@link HeldCells} it also applies P7.4
 * ({@link CumulativeDisclosureRule}): a count, or such a hidden sum, that differs from what the same
 * recipient was shown earlier by fewer than the threshold is hidden the same way.
 */
public final class SmallCellSuppression {

    public static final String RULE_ID = "P7.2";
    public static final int DEFAULT_THRESHOLD = 5;

    private SmallCellSuppression() {
    }

    /** A released cell: its count, or none when suppressed. */
    public record ReleasedCell(String category, Map<String, String> dimensions, Long count, boolean suppressed) {

        public ReleasedCell {
            Objects.requireNonNull(category, "category");
            dimensions = Map.copyOf(dimensions);
        }
    }

    /** The cells as released, and what P7.4 found (never shown to the recipient). */
    public record Suppressed(List<ReleasedCell> cells, RuleResult cumulative) {

        public Suppressed {
            cells = List.copyOf(cells);
            Objects.requireNonNull(cumulative, "cumulative");
        }
    }

    /** For a recipient that holds no earlier aggregate. */
    public static List<ReleasedCell> suppress(List<Payload.AggregateCell> cells, int threshold) {
        return suppress(cells, threshold, HeldCells.none()).cells();
    }

    public static Suppressed suppress(List<Payload.AggregateCell> cells, int threshold, HeldCells held) {
        boolean[] hidden = new boolean[cells.size()];
        int differenced = 0;
        for (int i = 0; i < cells.size(); i++) {
            long count = cells.get(i).count();
            hidden[i] = count > 0 && count < threshold;
            if (!hidden[i] && CumulativeDisclosureRule.differences(
                    List.of(HeldCells.CellKey.of(cells.get(i))), count, held, threshold)) {
                hidden[i] = true;
                differenced++;
            }
        }
        List<List<Integer>> groups = groups(cells);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Integer> group : groups) {
                while (workedOut(cells, hidden, group, threshold, held)) {
                    Optional<Integer> next = nextSmallestShown(cells, hidden, group);
                    if (next.isEmpty()) {
                        break;
                    }
                    hidden[next.get()] = true;
                    changed = true;
                }
            }
        }
        List<ReleasedCell> released = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Payload.AggregateCell cell = cells.get(i);
            released.add(new ReleasedCell(cell.category(), cell.dimensions(), hidden[i] ? null : cell.count(),
                    hidden[i]));
        }
        return new Suppressed(released, CumulativeDisclosureRule.check(released, differenced, threshold));
    }

    /**
     * Whether a recipient knowing the group's total could work out a hidden cell exactly (the only
     * one hidden: in a table it then unlocks the cells hidden with it in its row or column), or a sum
     * of hidden cells that is small (P7.2) or differs by a few from an earlier release (P7.4). A fully
     * hidden group gives nothing away but its total. A pattern check, not a full linear-programming
     * audit of every bound a recipient could derive.
     */
    private static boolean workedOut(List<Payload.AggregateCell> cells, boolean[] hidden, List<Integer> group,
                                     int threshold, HeldCells held) {
        List<Integer> hiddenInGroup = group.stream().filter(i -> hidden[i]).toList();
        if (hiddenInGroup.isEmpty() || hiddenInGroup.size() == group.size()) {
            return false;
        }
        long sum = hiddenInGroup.stream().mapToLong(i -> cells.get(i).count()).sum();
        return hiddenInGroup.size() == 1 || sum > 0 && sum < threshold || CumulativeDisclosureRule.differences(
                hiddenInGroup.stream().map(i -> HeldCells.CellKey.of(cells.get(i))).toList(), sum, held, threshold);
    }

    /** The smallest shown cell that adds to the hidden sum; a zero only when nothing else is left. */
    private static Optional<Integer> nextSmallestShown(List<Payload.AggregateCell> cells, boolean[] hidden,
                                                       List<Integer> group) {
        return group.stream().filter(i -> !hidden[i])
                .min(Comparator.<Integer>comparingInt(i -> cells.get(i).count() == 0 ? 1 : 0)
                        .thenComparingLong(i -> cells.get(i).count()));
    }

    /**
     * The totals a recipient may know: each category's, and in a table of two or more dimensions
     * each row's and column's (the cells of a category sharing one dimension's value).
     */
    static List<List<Integer>> groups(List<Payload.AggregateCell> cells) {
        Map<Object, List<Integer>> groups = new LinkedHashMap<>();
        IntStream.range(0, cells.size()).forEach(i -> {
            Payload.AggregateCell cell = cells.get(i);
            groups.computeIfAbsent(cell.category(), k -> new ArrayList<>()).add(i);
            if (cell.dimensions().size() >= 2) {
                cell.dimensions().forEach((dimension, value) -> groups.computeIfAbsent(
                        List.of(cell.category(), dimension, value), k -> new ArrayList<>()).add(i));
            }
        });
        return groups.values().stream().filter(group -> group.size() > 1).toList();
    }
}
