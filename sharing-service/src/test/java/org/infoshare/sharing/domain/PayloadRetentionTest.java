package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.PayloadDestructionCause;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayloadRetentionTest {

    private static final PayloadRetention NINETY_DAYS = new PayloadRetention(Duration.ofDays(90));

    private static Release release(Instant releasedAt, ReleaseStatus status, ReleaseLifecycle lifecycle) {
        Release r = ReleaseBuilder.build(UUID.randomUUID(), Shares.consentShare(), new ReleaseBuilder.Recipient("trust-1",
                UnaryOperator.identity(), List.of("service-improvement"), List.of("experience"), Optional.empty(),
                List.of()), 5, releasedAt);
        return new Release(r.id(), r.shareRequestId(), r.parentReleaseId(), r.partnerId(), r.subjectId(), r.consentId(),
                r.purposes(), r.dataCategories(), r.withheldCategories(), r.identifiable(), r.subjectRef(), r.records(),
                r.cells(), r.terms(), r.sensitivity(), r.channel(), status, r.releasedAt(),
                status == ReleaseStatus.WITHDRAWN ? Optional.of(releasedAt) : Optional.empty(), r.sources(),
                Optional.empty(), lifecycle);
    }

    @Test
    @DisplayName("P11.1 a payload is due for destruction once its retention after release has passed, not before")
    void dueAfterTheRetention() {
        Instant now = Agreements.NOW;
        assertThat(NINETY_DAYS.releasedBy(now)).isEqualTo(now.minus(Duration.ofDays(90)));
        assertThat(NINETY_DAYS.due(release(now.minus(Duration.ofDays(91)), ReleaseStatus.RELEASED,
                ReleaseLifecycle.stored()), now)).isTrue();
        assertThat(NINETY_DAYS.due(release(now.minus(Duration.ofDays(90)), ReleaseStatus.RELEASED,
                ReleaseLifecycle.stored()), now)).isTrue();
        assertThat(NINETY_DAYS.due(release(now.minus(Duration.ofDays(89)), ReleaseStatus.RELEASED,
                ReleaseLifecycle.stored()), now)).isFalse();
    }

    @Test
    @DisplayName("P11.1 a payload already destroyed is not due again; a retention must be positive")
    void destroyedOnce() {
        Instant now = Agreements.NOW;
        ReleaseLifecycle destroyed = new ReleaseLifecycle(Optional.empty(), Optional.empty(),
                Optional.of(now.minus(Duration.ofDays(1))), Optional.of(PayloadDestructionCause.RETENTION_ELAPSED));
        assertThat(NINETY_DAYS.due(release(now.minus(Duration.ofDays(200)), ReleaseStatus.RELEASED, destroyed), now))
                .isFalse();
        assertThatThrownBy(() -> new PayloadRetention(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("P11.1 a release's stage is the latest lifecycle step reached: stored, fetched, withdrawn, destroyed")
    void stages() {
        Instant at = Agreements.NOW;
        ReleaseLifecycle fetched = new ReleaseLifecycle(Optional.of(at), Optional.of("partner-user-1"), Optional.empty(),
                Optional.empty());
        ReleaseLifecycle destroyed = new ReleaseLifecycle(Optional.of(at), Optional.of("partner-user-1"),
                Optional.of(at), Optional.of(PayloadDestructionCause.CONSENT_WITHDRAWN));
        assertThat(release(at, ReleaseStatus.RELEASED, ReleaseLifecycle.stored()).stage()).isEqualTo(ReleaseStage.STORED);
        assertThat(release(at, ReleaseStatus.RELEASED, fetched).stage()).isEqualTo(ReleaseStage.FETCHED);
        assertThat(release(at, ReleaseStatus.WITHDRAWN, fetched).stage()).isEqualTo(ReleaseStage.WITHDRAWN);
        assertThat(release(at, ReleaseStatus.WITHDRAWN, destroyed).stage()).isEqualTo(ReleaseStage.DESTROYED);
        assertThat(release(at, ReleaseStatus.RELEASED, destroyed).destroyed()).isTrue();
    }
}
