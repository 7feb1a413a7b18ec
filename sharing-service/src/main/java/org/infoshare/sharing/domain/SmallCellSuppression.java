package org.infoshare.sharing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * P7.2: an aggregate never shows a count under the threshold (default 5). When only one cell of a
 * category is hidden, the next smallest is hidden too, so the hidden one cannot be worked back from
 * a total the recipient already knows.
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

    public static List<ReleasedCell> suppress(List<Payload.AggregateCell> cells, int threshold) {
        boolean[] hidden = new boolean[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            hidden[i] = cells.get(i).count() < threshold;
        }
        cells.stream().map(Payload.AggregateCell::category).distinct().forEach(category -> {
            List<Integer> inCategory = IntStream.range(0, cells.size())
                    .filter(i -> cells.get(i).category().equals(category)).boxed().toList();
            long hiddenCount = inCategory.stream().filter(i -> hidden[i]).count();
            if (hiddenCount == 1) {
                inCategory.stream().filter(i -> !hidden[i])
                        .min(Comparator.comparingLong(i -> cells.get(i).count()))
                        .ifPresent(i -> hidden[i] = true);
            }
        });
        List<ReleasedCell> released = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Payload.AggregateCell cell = cells.get(i);
            released.add(new ReleasedCell(cell.category(), cell.dimensions(), hidden[i] ? null : cell.count(),
                    hidden[i]));
        }
        return released;
    }
}
