package org.infoshare.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpenLoadTest {

    @Test
    void due_times_follow_the_rate_from_the_start_without_accumulating_rounding() {
        OpenLoad load = new OpenLoad(1_000, 3, 10_000);
        assertThat(load.dueNanos(0)).isEqualTo(1_000);
        assertThat(load.dueNanos(1)).isEqualTo(1_000 + 333_333_333);
        assertThat(load.dueNanos(3)).isEqualTo(1_000 + 1_000_000_000);
        assertThat(load.dueNanos(9_999)).isEqualTo(1_000 + 3_333_000_000_000L);
        assertThat(load.lastDueNanos()).isEqualTo(load.dueNanos(9_999));
    }

    @Test
    void latency_counts_from_the_due_time_so_a_late_start_is_not_hidden() {
        OpenLoad load = new OpenLoad(0, 100, 10);
        // request 5 is due at 50 ms; it answered at 80 ms, so 30 ms, whenever it was actually sent
        assertThat(load.latencyNanos(5, 80_000_000)).isEqualTo(30_000_000);
        assertThat(load.latencyNanos(5, 40_000_000)).isZero();
    }

    @Test
    void a_step_holds_rate_times_seconds_requests() {
        assertThat(OpenLoad.countFor(400, 10)).isEqualTo(4_000);
        assertThat(OpenLoad.countFor(0.5, 1)).isEqualTo(1);
    }

    @Test
    void run_starts_every_request_with_its_own_due_time_even_when_the_one_before_is_slow() {
        OpenLoad load = new OpenLoad(System.nanoTime(), 1_000, 5);
        List<Long> dues = new ArrayList<>();
        load.run((i, due) -> {
            dues.add(due);
            if (i == 0) {
                try {
                    Thread.sleep(20); // a slow start must not shift the later due times
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        assertThat(dues).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(dues.get(i)).isEqualTo(load.dueNanos(i));
        }
    }
}
