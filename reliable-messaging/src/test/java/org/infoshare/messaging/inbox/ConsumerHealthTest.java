package org.infoshare.messaging.inbox;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerHealthTest {

    private final ConsumerHealth health = new ConsumerHealth();

    @Test
    @DisplayName("a consumer on several partitions stays in retry until every failing record has recovered")
    void stillRetryingWhileAnotherRecordFails() {
        Object first = new Object();
        Object second = new Object();
        health.retrying("ConsentEvent", first, "SQLSTATE 08006");
        health.retrying("ConsentEvent", second, "SQLSTATE 57P01");

        health.recovered("ConsentEvent", first);

        assertThat(health.isRetrying("ConsentEvent")).isTrue();
        assertThat(health.retrying()).isEqualTo(Map.of("ConsentEvent", "SQLSTATE 57P01"));

        health.recovered("ConsentEvent", second);

        assertThat(health.isRetrying("ConsentEvent")).isFalse();
        assertThat(health.retrying()).isEmpty();
    }

    @Test
    @DisplayName("a record retried many times counts once, and its recovery clears it")
    void oneRecordRetriedRepeatedly() {
        Object record = new Object();
        health.retrying("BreachSuspected", record, "ConnectException");
        health.retrying("BreachSuspected", record, "SQLSTATE 08006");

        assertThat(health.retrying()).isEqualTo(Map.of("BreachSuspected", "SQLSTATE 08006"));

        health.recovered("BreachSuspected", record);
        health.recovered("BreachSuspected", record);

        assertThat(health.retrying()).isEmpty();
    }
}
