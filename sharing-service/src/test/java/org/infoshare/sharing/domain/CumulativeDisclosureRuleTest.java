package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P7.4 (issue 11's cumulative disclosure under P7.2): a release cannot be differenced against what
 * the same recipient was shown earlier to reveal a change of fewer than the threshold people.
 */
class CumulativeDisclosureRuleTest {

    private static final int THRESHOLD = 5;
    private static final UUID FIRST = UUID.randomUUID();
    private static final UUID SECOND = UUID.randomUUID();

    private static Payload.AggregateCell theme(String theme, long count) {
        return new Payload.AggregateCell("experience", Map.of("theme", theme), count);
    }

    private static HeldCells.Shown shown(UUID release, String theme, long count) {
        return new HeldCells.Shown(release, new HeldCells.CellKey("experience", Map.of("theme", theme)), count);
    }

    /** What the recipient holds: the first release showed waiting-times 12, discharge 30, staff-attitude 40. */
    private static HeldCells firstRelease() {
        return HeldCells.of(List.of(shown(FIRST, "waiting-times", 12), shown(FIRST, "discharge", 30),
                shown(FIRST, "staff-attitude", 40)));
    }

    private static SmallCellSuppression.Suppressed suppress(HeldCells held, Payload.AggregateCell... cells) {
        return SmallCellSuppression.suppress(List.of(cells), THRESHOLD, held);
    }

    private static List<Long> counts(SmallCellSuppression.Suppressed suppressed) {
        return suppressed.cells().stream().map(SmallCellSuppression.ReleasedCell::count).toList();
    }

    @Test
    @DisplayName("P7.4 P7.2 a count that moved by fewer than the threshold since this recipient's last release is hidden, with a complement it cannot difference")
    void smallChangeIsHidden() {
        SmallCellSuppression.Suppressed second = suppress(firstRelease(), theme("waiting-times", 14),
                theme("discharge", 30), theme("staff-attitude", 40), theme("food", 25));
        assertThat(counts(second)).as("14 - 12 would be the 2 people who joined; food (new, 25) hides it from the total")
                .isEqualTo(Arrays.asList(null, 30L, 40L, null));
        assertThat(second.cumulative().ruleId()).isEqualTo("P7.4");
        assertThat(second.cumulative().effect()).isEqualTo(RuleResult.Effect.SATISFIED);
        assertThat(second.cumulative().explanation()).startsWith("1 cell(s)");
    }

    @Test
    @DisplayName("P7.4 a hidden sum the recipient could difference against an earlier release is widened further")
    void hiddenSumIsNotDifferencable() {
        SmallCellSuppression.Suppressed second = suppress(firstRelease(), theme("waiting-times", 14),
                theme("discharge", 30), theme("staff-attitude", 40));
        assertThat(counts(second)).as("14 + 30 against 12 + 30 still shows the 2; only hiding all protects them")
                .isEqualTo(Arrays.asList(null, null, null));
    }

    @Test
    @DisplayName("P7.4 no change, or a change of the threshold or more, is shown; a fall is treated like a rise")
    void unchangedOrLargeChangesAreShown() {
        assertThat(counts(suppress(firstRelease(), theme("waiting-times", 12), theme("discharge", 35),
                theme("staff-attitude", 20)))).isEqualTo(List.of(12L, 35L, 20L));
        assertThat(counts(suppress(firstRelease(), theme("waiting-times", 12), theme("discharge", 27),
                theme("staff-attitude", 40), theme("food", 25))))
                .as("30 - 27: three people left; the next smallest (12) still differences with it (42 - 39), "
                        + "so food (new, 25) is hidden too").isEqualTo(Arrays.asList(null, null, 40L, null));
        assertThat(suppress(firstRelease(), theme("waiting-times", 12)).cumulative().explanation())
                .startsWith("no shown count differs");
    }

    @Test
    @DisplayName("P7.4 every earlier release counts, not only the last")
    void everyEarlierRelease() {
        HeldCells held = HeldCells.of(List.of(shown(FIRST, "waiting-times", 12), shown(SECOND, "waiting-times", 20)));
        assertThat(counts(suppress(held, theme("waiting-times", 13), theme("food", 25), theme("transport", 30))))
                .as("13 is 7 from the last release but 1 from the first")
                .isEqualTo(Arrays.asList(null, null, 30L));
    }

    @Test
    @DisplayName("P7.4 a recipient that holds nothing, or other cells, is checked by P7.2 alone")
    void nothingHeld() {
        assertThat(counts(suppress(HeldCells.none(), theme("waiting-times", 14), theme("discharge", 30))))
                .isEqualTo(List.of(14L, 30L));
        HeldCells otherCategory = HeldCells.of(List.of(new HeldCells.Shown(FIRST,
                new HeldCells.CellKey("service-used", Map.of("theme", "waiting-times")), 12)));
        assertThat(counts(suppress(otherCategory, theme("waiting-times", 14), theme("discharge", 30))))
                .isEqualTo(List.of(14L, 30L));
        assertThat(CumulativeDisclosureRule.differences(List.of(HeldCells.CellKey.of(theme("waiting-times", 14))), 14,
                HeldCells.none(), THRESHOLD)).isFalse();
    }
}
