package org.infoshare.breach.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * P14.2: the ICO clock "escalates before it runs out". The points are configured as time left
 * before the deadline (say 48h, 24h, 6h); the deadline itself (zero left) is always a point, so an
 * overdue breach is escalated too. A point is due once the time left is at or below it.
 */
public record EscalationPoints(List<Duration> before) {

    public EscalationPoints {
        List<Duration> points = new ArrayList<>();
        for (Duration d : before) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("an escalation point is time before the deadline, not after");
            }
            if (!points.contains(d)) {
                points.add(d);
            }
        }
        if (!points.contains(Duration.ZERO)) {
            points.add(Duration.ZERO);
        }
        points.sort(Comparator.reverseOrder());
        before = List.copyOf(points);
    }

    /** The earliest point: how long before the deadline a breach can first be due. */
    public Duration earliest() {
        return before.get(0);
    }

    /** The points reached at {@code now} for a clock that is running. */
    public List<Duration> due(IcoClock clock, Instant now) {
        Duration left = clock.timeLeft(now);
        return before.stream().filter(point -> left.compareTo(point) <= 0).toList();
    }
}
