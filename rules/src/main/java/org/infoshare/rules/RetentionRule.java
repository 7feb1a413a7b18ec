package org.infoshare.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * P13.1: a record is kept no longer than its kind's retention period, counted in calendar terms
 * in the organisation's time zone from the moment the record stopped changing (a consent from
 * when it ended, a request from its receipt, a person from their last activity).
 */
public final class RetentionRule {

    private static final ZoneId ORGANISATION_ZONE = ZoneId.of("Europe/London");

    private RetentionRule() {
    }

    /** Records whose reference time is before this instant have passed their period at {@code now}. */
    public static Instant cutoff(Period period, Instant now) {
        return now.atZone(ORGANISATION_ZONE).minus(period).toInstant();
    }

    /** The end of a day in the organisation's time zone: a review {@code until=2027-12-31} covers that whole day. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ORGANISATION_ZONE).toInstant();
    }

    /** The review's default horizon: the coming year, until the next annual review. */
    public static Instant comingYear(Instant now) {
        return now.atZone(ORGANISATION_ZONE).plusYears(1).toInstant();
    }

    public static boolean expired(Instant reference, Period period, Instant now) {
        return reference.isBefore(cutoff(period, now));
    }

    /** Age bands of the annual review. */
    public enum AgeBand {
        UNDER_1_YEAR, FROM_1_TO_2_YEARS, FROM_2_TO_6_YEARS, OVER_6_YEARS;

        public static AgeBand of(Instant reference, Instant now) {
            if (!expired(reference, Period.ofYears(1), now)) {
                return UNDER_1_YEAR;
            }
            if (!expired(reference, Period.ofYears(2), now)) {
                return FROM_1_TO_2_YEARS;
            }
            return expired(reference, Period.ofYears(6), now) ? OVER_6_YEARS : FROM_2_TO_6_YEARS;
        }
    }
}
