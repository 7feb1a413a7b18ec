package org.infoshare.breach.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.infoshare.breach.service.IcoClockMeter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** P14.2: the operators' gauge shows the time left on the nearest running ICO clock. */
@QuarkusTest
class IcoClockMeterTest {

    @Inject
    IcoClockMeter meter;
    @Inject
    MeterRegistry registry;

    @Test
    @DisplayName("P14.2 a breach an hour from its 72-hour deadline brings the nearest-deadline gauge to an hour or less")
    void gaugeShowsTheNearestDeadline() throws Throwable {
        Instant aware = Instant.now().minus(71, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        BreachReports.report("staff", BreachReports.aware(aware, List.of()));

        double left = VertxContextSupport.subscribeAndAwait(() -> meter.refresh());

        long deadlineIn = Instant.now().until(aware.plus(72, ChronoUnit.HOURS), ChronoUnit.SECONDS);
        assertThat(left).isLessThanOrEqualTo(deadlineIn + 1.0);
        assertThat(registry.get("infoshare.breach.ico.deadline.remaining").gauge().value()).isEqualTo(left);
    }
}
