package org.infoshare.audit.domain.misuse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * P15.2 (b): reads outside working hours. One finding per user and local day (a night's reads
 * are one report per day they touch), whose window is that day.
 */
public final class OutOfHoursRule {

    private final WorkingHours hours;

    public OutOfHoursRule(WorkingHours hours) {
        this.hours = hours;
    }

    public boolean outOfHours(Read read) {
        return !hours.covers(read.at());
    }

    public List<Finding> findings(List<Read> reads) {
        return DailyFindings.of(MisuseRule.OUT_OF_HOURS, hours, reads.stream().filter(this::outOfHours).toList());
    }

    /** Groups reads by user and local day into findings; shared by the day-based rules. */
    static final class DailyFindings {

        private DailyFindings() {
        }

        static List<Finding> of(MisuseRule rule, WorkingHours hours, List<Read> reads) {
            var byActorDay = reads.stream().collect(Collectors.groupingBy(
                    Read::actorId, TreeMap::new,
                    Collectors.groupingBy(read -> hours.dayStart(read.at()), TreeMap::new, Collectors.toList())));
            List<Finding> findings = new ArrayList<>();
            byActorDay.forEach((actor, days) -> days.forEach((dayStart, dayReads) -> findings.add(new Finding(rule,
                    actor, dayStart, hours.dayEnd(dayReads.get(0).at()), dayReads))));
            return findings;
        }
    }
}
