package org.infoshare.sharing.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** P7.2: aggregates suppress small cells, and the cells hidden with them, so no one can be worked out. */
class SmallCellSuppressionTest {

    private static final int THRESHOLD = 5;

    private static Payload.AggregateCell theme(String theme, long count) {
        return new Payload.AggregateCell("experience", Map.of("theme", theme), count);
    }

    private static Payload.AggregateCell cell(String ward, String band, long count) {
        return new Payload.AggregateCell("service-used", Map.of("ward", ward, "ageBand", band), count);
    }

    private static List<Long> shown(Payload.AggregateCell... cells) {
        return SmallCellSuppression.suppress(List.of(cells), THRESHOLD).stream()
                .map(SmallCellSuppression.ReleasedCell::count).toList();
    }

    private static List<Long> counts(Long... counts) {
        return Arrays.asList(counts);
    }

    @Test
    @DisplayName("P7.2 a count equal to the threshold is shown; one under it is not")
    void thresholdIsPinned() {
        assertThat(shown(theme("a", 5), theme("b", 20))).isEqualTo(counts(5L, 20L));
        assertThat(shown(theme("a", 4), theme("b", 20), theme("c", 30))).isEqualTo(counts(null, null, 30L));
        assertThat(shown(theme("a", 1), theme("b", 20), theme("c", 30))).isEqualTo(counts(null, null, 30L));
    }

    @Test
    @DisplayName("P7.2 a zero is shown (it counts no one) and is never the complement that protects a hidden cell")
    void zerosAreShown() {
        assertThat(shown(theme("a", 0), theme("b", 12), theme("c", 30))).isEqualTo(counts(0L, 12L, 30L));
        assertThat(shown(theme("a", 0), theme("b", 3), theme("c", 12), theme("d", 30)))
                .as("hiding the zero would add nothing to the hidden sum; the 12 is hidden instead")
                .isEqualTo(counts(0L, null, null, 30L));
        assertThat(SmallCellSuppression.suppress(List.of(theme("a", 0)), THRESHOLD).get(0).suppressed()).isFalse();
    }

    @Test
    @DisplayName("P7.2 hidden cells summing under the threshold are joined by the next smallest until the sum reaches it")
    void severalHiddenCells() {
        assertThat(shown(theme("a", 1), theme("b", 2), theme("c", 9), theme("d", 40)))
                .as("1 + 2 = 3 could be worked out from the total; with the 9 the hidden sum is 12")
                .isEqualTo(counts(null, null, null, 40L));
        assertThat(shown(theme("a", 2), theme("b", 3), theme("c", 9), theme("d", 40)))
                .as("2 + 3 = 5 reaches the threshold: nothing more is hidden")
                .isEqualTo(counts(null, null, 9L, 40L));
        assertThat(shown(theme("a", 1), theme("b", 1), theme("c", 0)))
                .as("nothing is left to hide but the zero: everything is hidden")
                .isEqualTo(counts(null, null, null));
    }

    @Test
    @DisplayName("P7.2 each category is protected on its own")
    void perCategory() {
        Payload.AggregateCell ward = new Payload.AggregateCell("service-used", Map.of("ward", "7"), 50);
        assertThat(shown(theme("a", 3), theme("b", 8), ward, theme("c", 20)))
                .as("the 50 of another category is no complement for experience")
                .isEqualTo(counts(null, null, 50L, 20L));
    }

    @Test
    @DisplayName("P7.2 in a two-dimensional table the row and the column of a hidden cell are protected too")
    void rowsAndColumns() {
        // ward 7 / 18-39 = 3: the row total (ward 7) and column total (18-39) would each give it back
        // alone, and the cell hidden to protect one could then be worked out from its other total
        assertThat(shown(cell("7", "18-39", 3), cell("7", "40-64", 20), cell("8", "18-39", 10), cell("8", "40-64", 30)))
                .isEqualTo(counts(null, null, null, null));
        List<Long> wider = shown(cell("7", "18-39", 3), cell("7", "40-64", 20), cell("7", "65+", 6),
                cell("8", "18-39", 10), cell("8", "40-64", 30), cell("8", "65+", 7));
        assertThat(wider).as("ward 7 / 65+ (6) and ward 8 / 65+ (7) protect the 3 in its row and then column")
                .isEqualTo(counts(null, 20L, null, null, 30L, null));
    }
}
