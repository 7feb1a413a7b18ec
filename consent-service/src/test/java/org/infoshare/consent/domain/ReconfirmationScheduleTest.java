package org.infoshare.consent.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReconfirmationScheduleTest {

    @Test
    @DisplayName("P6.7 a consent older than its threshold becomes due for re-confirmation, not before")
    void dueOnceTheThresholdHasPassed() {
        Consent consent = Consents.active(90, Optional.empty());
        assertThat(ReconfirmationSchedule.stateAt(consent, Consents.GIVEN.plus(Duration.ofDays(89))))
                .isEqualTo(ConsentState.ACTIVE);
        assertThat(ReconfirmationSchedule.stateAt(consent, Consents.GIVEN.plus(Duration.ofDays(90))))
                .isEqualTo(ConsentState.RECONFIRMATION_DUE);
    }

    @Test
    @DisplayName("P6.6 silence never extends consent: an unanswered re-confirmation stays due and the consent still expires")
    void silenceNeverExtends() {
        Consent consent = Consents.active(90, Optional.of(Consents.GIVEN.plus(Duration.ofDays(200))));
        Consent due = consent.withState(ConsentState.RECONFIRMATION_DUE);
        assertThat(ReconfirmationSchedule.stateAt(due, Consents.GIVEN.plus(Duration.ofDays(150))))
                .isEqualTo(ConsentState.RECONFIRMATION_DUE);
        assertThat(ReconfirmationSchedule.dueAt(due)).isEqualTo(ReconfirmationSchedule.dueAt(consent));
        assertThat(ReconfirmationSchedule.stateAt(due, Consents.GIVEN.plus(Duration.ofDays(200))))
                .isEqualTo(ConsentState.EXPIRED);
    }

    @Test
    @DisplayName("P6.6 only an explicit re-confirmation moves the threshold")
    void reconfirmationMovesTheThreshold() {
        Consent consent = Consents.active(90, Optional.empty());
        Instant later = Consents.GIVEN.plus(Duration.ofDays(100));
        Consent renewed = consent.withState(ConsentState.RECONFIRMATION_DUE).reconfirmedAt(later);
        assertThat(renewed.state()).isEqualTo(ConsentState.ACTIVE);
        assertThat(ReconfirmationSchedule.dueAt(renewed)).isEqualTo(later.plus(Duration.ofDays(90)));
    }

    @Test
    @DisplayName("P6.8 a withdrawn consent never comes back with time")
    void endedConsentsStayEnded() {
        Consent withdrawn = Consents.active(90, Optional.empty()).withState(ConsentState.WITHDRAWN);
        assertThat(ReconfirmationSchedule.stateAt(withdrawn, Consents.GIVEN.plus(Duration.ofDays(1000))))
                .isEqualTo(ConsentState.WITHDRAWN);
    }
}
