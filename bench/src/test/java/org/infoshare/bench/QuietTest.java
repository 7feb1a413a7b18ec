package org.infoshare.bench;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuietTest {

    @Test
    @DisplayName("the busy share counts everything but idle and iowait")
    void busyShare() {
        long[] before = {100, 0, 50, 1000, 10, 0, 0, 0};
        long[] after = {160, 0, 70, 1100, 30, 0, 10, 0}; // user 60, system 20, idle 100, iowait 20, softirq 10

        assertThat(Quiet.busyFraction(before, after)).isCloseTo(90.0 / 210, within(1e-9));
    }

    @Test
    @DisplayName("no time passed reads as not busy")
    void noTimePassed() {
        long[] same = {1, 2, 3, 4, 5, 6, 7, 8};
        assertThat(Quiet.busyFraction(same, same)).isZero();
    }
}
