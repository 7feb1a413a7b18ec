package org.infoshare.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class WithdrawalTrackerTest {

    private final WithdrawalTracker tracker = new WithdrawalTracker();
    private final UUID consent = UUID.randomUUID();
    private final UUID r1 = UUID.randomUUID();
    private final UUID r2 = UUID.randomUUID();

    @Test
    void completes_at_the_nth_distinct_release_and_a_redelivered_event_is_not_a_second_notification() {
        WithdrawalTracker.Withdrawal w = tracker.follow(consent, List.of(r1, r2));
        UUID n1 = UUID.randomUUID();
        tracker.notified(consent, n1, r1, 10);
        tracker.notified(consent, n1, r1, 11);
        assertThat(w.notifiedNanos()).isZero();
        tracker.notified(consent, UUID.randomUUID(), r2, 20);
        assertThat(w.notifiedNanos()).isEqualTo(20);
        assertThat(w.check(false)).isEmpty();
    }

    @Test
    void a_release_notified_twice_fails_the_check() {
        WithdrawalTracker.Withdrawal w = tracker.follow(consent, List.of(r1, r2));
        tracker.notified(consent, UUID.randomUUID(), r1, 10);
        tracker.notified(consent, UUID.randomUUID(), r1, 11);
        tracker.notified(consent, UUID.randomUUID(), r2, 12);
        assertThat(w.check(false)).anyMatch(p -> p.contains("notified twice"));
    }

    @Test
    void a_missing_notification_or_webhook_fails_the_check() {
        WithdrawalTracker.Withdrawal w = tracker.follow(consent, List.of(r1, r2));
        tracker.notified(consent, UUID.randomUUID(), r1, 10);
        tracker.told(r1, 15);
        assertThat(w.notifiedNanos()).isZero();
        assertThat(w.check(true)).hasSize(2);
    }

    @Test
    void a_notification_for_a_release_the_consent_does_not_hold_fails_the_check() {
        WithdrawalTracker.Withdrawal w = tracker.follow(consent, List.of(r1));
        tracker.notified(consent, UUID.randomUUID(), r2, 10);
        tracker.notified(consent, UUID.randomUUID(), r1, 11);
        assertThat(w.check(false)).anyMatch(p -> p.contains("not of this consent"));
    }

    @Test
    void webhooks_complete_when_every_release_was_told_once() {
        WithdrawalTracker.Withdrawal w = tracker.follow(consent, List.of(r1, r2));
        tracker.told(r1, 5);
        tracker.told(r1, 6);
        assertThat(w.toldNanos()).isZero();
        tracker.told(r2, 9);
        assertThat(w.toldNanos()).isEqualTo(9);
    }
}
