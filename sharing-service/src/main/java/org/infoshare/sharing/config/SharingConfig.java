package org.infoshare.sharing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** sharing-service's own settings: minimisation thresholds, webhook delivery, answer deadlines. */
@ConfigMapping(prefix = "infoshare.sharing")
public interface SharingConfig {

    /** Base64 of the 32-byte key for stored secrets (read by SecretCipher); empty refuses to store them. */
    Optional<String> secretsKey();

    /** P7.1: the k of the k-anonymity check on record sets. */
    @WithDefault("5")
    int kAnonymity();

    /** P7.2: aggregate counts below this are suppressed. */
    @WithDefault("5")
    int smallCellThreshold();

    Webhook webhook();

    Notification notification();

    interface Webhook {
        /** First retry waits up to this; each later one doubles it (full jitter). */
        @WithDefault("PT2S")
        Duration baseDelay();

        @WithDefault("PT1H")
        Duration maxDelay();

        /** After this many failed attempts delivery stops; the notification stays listed for polling. */
        @WithDefault("15")
        int maxAttempts();

        @WithDefault("PT10S")
        Duration timeout();

        /** How long a claimed delivery is held before another worker may take it again. */
        @WithDefault("PT1M")
        Duration lease();

        @WithDefault("50")
        int batchSize();

        /** How often due deliveries are looked for (a scheduler expression such as 1s). */
        @WithDefault("1s")
        String pollEvery();
    }

    interface Notification {
        /** P6.8: an unanswered notification escalates to the DPO after this long. */
        @WithDefault("P5D")
        Duration answerWithin();

        /** How often overdue answers are looked for. */
        @WithDefault("15m")
        String escalateEvery();
    }
}
