package org.infoshare.web;

import org.infoshare.rules.RetentionRule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** P13.1: the {@code until} of the DPO's annual retention review, as every service's review endpoint reads it. */
public final class RetentionReviewHorizon {

    private RetentionReviewHorizon() {
    }

    /** The end of {@code until} (an ISO date, today or later) in UK time; a year from now when absent; else 400. */
    public static Instant of(String until, Instant now) {
        if (until == null || until.isBlank()) {
            return RetentionRule.comingYear(now);
        }
        Instant end;
        try {
            end = RetentionRule.endOf(LocalDate.parse(until));
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "until must be an ISO date, e.g. 2027-12-31");
        }
        if (!end.isAfter(now)) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "until must be today or later");
        }
        return end;
    }
}
