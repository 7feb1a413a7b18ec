package org.infoshare.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows withdrawals to their recipient records: which notifications (events) and which partner
 * webhooks arrived for each expected release, when the N-th distinct one came, and whether each
 * release was reached exactly once. Events and webhooks for consents it does not follow are
 * ignored (other traffic on the topic). Thread-safe: the Kafka reader and the webhook receivers
 * report from their own threads.
 */
final class WithdrawalTracker {

    /** One withdrawal under watch. Times are {@link System#nanoTime()}; 0 until reached. */
    static final class Withdrawal {
        final UUID consentId;
        final Set<UUID> expected;
        volatile long dueNanos;
        private final Map<UUID, UUID> notificationByRelease = new HashMap<>();
        private final Set<UUID> notificationIds = new HashSet<>();
        private final Set<UUID> toldReleases = new HashSet<>();
        private final List<String> problems = new ArrayList<>();
        private long notifiedNanos;
        private long toldNanos;

        Withdrawal(UUID consentId, Collection<UUID> expected) {
            this.consentId = consentId;
            this.expected = Set.copyOf(expected);
        }

        synchronized void notified(UUID notificationId, UUID releaseId, long nowNanos) {
            if (!notificationIds.add(notificationId)) {
                return; // the same event read again (at-least-once delivery) is not a second notification
            }
            if (!expected.contains(releaseId)) {
                problems.add("notification " + notificationId + " for release " + releaseId + " not of this consent");
                return;
            }
            UUID earlier = notificationByRelease.putIfAbsent(releaseId, notificationId);
            if (earlier != null) {
                problems.add("release " + releaseId + " notified twice (" + earlier + ", " + notificationId + ")");
                return;
            }
            if (notificationByRelease.size() == expected.size() && notifiedNanos == 0) {
                notifiedNanos = nowNanos;
            }
        }

        synchronized void told(UUID releaseId, long nowNanos) {
            if (toldReleases.add(releaseId) && toldReleases.size() == expected.size() && toldNanos == 0) {
                toldNanos = nowNanos;
            }
        }

        synchronized void problem(String problem) {
            problems.add(problem);
        }

        synchronized long notifiedNanos() {
            return notifiedNanos;
        }

        synchronized long toldNanos() {
            return toldNanos;
        }

        synchronized int notifiedCount() {
            return notificationByRelease.size();
        }

        synchronized int toldCount() {
            return toldReleases.size();
        }

        /** What is wrong with what arrived (empty when every release was notified exactly once). */
        synchronized List<String> check(boolean webhooksExpected) {
            List<String> found = new ArrayList<>(problems);
            if (notificationIds.size() != expected.size()) {
                found.add("consent " + consentId + ": " + notificationIds.size() + " distinct notifications for "
                        + expected.size() + " releases");
            } else if (notificationByRelease.size() != expected.size()) {
                found.add("consent " + consentId + ": " + notificationByRelease.size() + " of " + expected.size()
                        + " releases notified");
            }
            if (webhooksExpected && toldReleases.size() != expected.size()) {
                found.add("consent " + consentId + ": webhooks for " + toldReleases.size() + " of " + expected.size()
                        + " releases");
            }
            return found;
        }
    }

    private final Map<UUID, Withdrawal> byConsent = new ConcurrentHashMap<>();
    private final Map<UUID, Withdrawal> byRelease = new ConcurrentHashMap<>();

    /** Starts following a withdrawal of {@code consentId} that should reach exactly {@code releases}. */
    Withdrawal follow(UUID consentId, Collection<UUID> releases) {
        Withdrawal withdrawal = new Withdrawal(consentId, releases);
        byConsent.put(consentId, withdrawal);
        releases.forEach(release -> byRelease.put(release, withdrawal));
        return withdrawal;
    }

    /** A recipient-notified event was read. */
    void notified(UUID consentId, UUID notificationId, UUID releaseId, long nowNanos) {
        Withdrawal withdrawal = byConsent.get(consentId);
        if (withdrawal != null) {
            withdrawal.notified(notificationId, releaseId, nowNanos);
        }
    }

    /** A signed webhook about {@code releaseId} was received (its signature already checked). */
    void told(UUID releaseId, long nowNanos) {
        Withdrawal withdrawal = byRelease.get(releaseId);
        if (withdrawal != null) {
            withdrawal.told(releaseId, nowNanos);
        }
    }

    /** Stops following (keeps memory flat over long runs). */
    void forget(Withdrawal withdrawal) {
        byConsent.remove(withdrawal.consentId, withdrawal);
        withdrawal.expected.forEach(release -> byRelease.remove(release, withdrawal));
    }
}
