package org.infoshare.consent.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectAccessDeadlineTest {

    @Test
    @DisplayName("P12.2 an answer is due one calendar month after the day of receipt")
    void dueOneCalendarMonthLater() {
        assertThat(SubjectAccessDeadline.dueDate(Instant.parse("2026-03-10T09:00:00Z")))
                .isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    @DisplayName("P12.2 a request received on 31 January is due on the last day of February, leap year or not")
    void endOfJanuaryIsDueAtTheEndOfFebruary() {
        assertThat(SubjectAccessDeadline.dueDate(Instant.parse("2027-01-31T12:00:00Z")))
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(SubjectAccessDeadline.dueDate(Instant.parse("2028-01-31T12:00:00Z")))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    @DisplayName("P12.2 the day of receipt is the organisation's day: 23:30 UTC in British summer time is the next day")
    void receiptDayIsTakenInLondonTime() {
        assertThat(SubjectAccessDeadline.dueDate(Instant.parse("2026-06-30T23:30:00Z")))
                .isEqualTo(LocalDate.of(2026, 8, 1));
    }
}
