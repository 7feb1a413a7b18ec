package org.infoshare.audit.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionRuleTest {

    @Test
    @DisplayName("P13.1 retention removes an expired prefix only up to the last signed checkpoint inside it")
    void removesUpToACheckpoint() {
        List<Long> checkpoints = List.of(10L, 25L, 40L);
        assertThat(RetentionRule.removableBefore(0, 30, checkpoints)).isEqualTo(OptionalLong.of(25));
        assertThat(RetentionRule.removableBefore(0, 25, checkpoints)).isEqualTo(OptionalLong.of(25));
        assertThat(RetentionRule.removableBefore(0, 9, checkpoints)).isEmpty();
        assertThat(RetentionRule.removableBefore(25, 39, checkpoints)).isEmpty();
        assertThat(RetentionRule.removableBefore(25, 41, checkpoints)).isEqualTo(OptionalLong.of(40));
    }
}
