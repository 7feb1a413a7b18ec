package org.infoshare.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** What withdrawals are run against: the platform, or the raw floor. */
interface Target {

    /** A consent ready to be withdrawn and the recipient records it should reach. */
    record Sample(UUID consentId, List<UUID> releases) {
    }

    String name();

    /** Brings the recipient table to about {@code rows}; answers its size. */
    long fillTo(long rows) throws Exception;

    /** {@code count} consents with {@code n} live recipient records each. */
    List<Sample> prepare(int count, int n) throws Exception;

    /** Starts the withdrawal; completes with a problem description, or null when it was accepted. */
    CompletableFuture<String> withdraw(UUID consentId);

    WithdrawalTracker tracker();

    /** Whether partners are told by webhook (and the bench waits for them). */
    boolean webhooks();

    /** What the database shows wrong about these withdrawals (empty when all is right). */
    List<String> check(Map<UUID, Set<UUID>> expectedByConsent) throws Exception;
}
