package org.infoshare.sharing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.Period;
import java.util.Optional;

/** sharing-service's own settings: minimisation thresholds, webhook delivery, answer deadlines, payload retention. */
@ConfigMapping(prefix = "infoshare.sharing")
public interface SharingConfig {

    /** Tink JSON keyset (AEAD) that seals stored secrets (read by SecretCipher). */
    String secretsKeyset();

    /** Base64 of the single 32-byte key of the pre-keyset format: opens values stored before keysets. */
    Optional<String> secretsLegacyKey();

    /**
     * How often stored secrets, share payloads and release contents are re-sealed under the
     * keyset's primary key (read by the schedulers).
     */
    String secretsRewrapEvery();

    /** How long after start plain (pre-V15) payloads and contents are first re-sealed (read by the scheduler). */
    @WithDefault("5s")
    String payloadsRewrapDelay();

    /** P7.1: the k of the k-anonymity check on record sets. */
    @WithDefault("5")
    int kAnonymity();

    /** P7.2: aggregate counts below this are suppressed; P7.4: so are changes below it against earlier releases. */
    @WithDefault("5")
    int smallCellThreshold();

    Accuracy accuracy();

    Webhook webhook();

    Notification notification();

    Release release();
    Safeguarding safeguarding();

    ProviderLink providerLink();

    /** Issue 13 item 4b: small providers' signed links to answer or acknowledge without an account. */
    interface ProviderLink {
        /** The dashboard's public address; a link is this + {@code /provider/{token}}. */
        String baseUrl();

        /** How long a link works after it is issued. */
        @WithDefault("P14D")
        Duration validFor();
    }

    interface Accuracy {
        /** P9.1: a record last verified longer ago than this is referred to the DPO before release. */
        @WithDefault("P365D")
        Period staleAfter();
    }

    interface Webhook {
        /** First retry waits up to this; each later one doubles it (full jitter). */
        @WithDefault("PT2S")
        Duration baseDelay();

        @WithDefault("PT1H")
        Duration maxDelay();

        /** After this many failed attempts delivery stops; the notification stays listed for polling. */
        @WithDefault("15")
        int maxAttempts();

        /** The most one send may take, connecting and answering included; a slower one counts as failed. */
        @WithDefault("PT10S")
        Duration timeout();

        @WithDefault("PT3S")
        Duration connectTimeout();

        /**
         * How long a claim holds a delivery before another worker may take it again. Must exceed
         * {@code timeout} by a margin, so an outcome is always recorded while its lease still holds.
         */
        @WithDefault("PT1M")
        Duration lease();

        /** How many due deliveries one claim looks at. */
        @WithDefault("200")
        int batchSize();

        /** Sends in flight at once on this instance, over all partners. */
        @WithDefault("32")
        int maxConcurrent();

        /** Sends in flight at once on this instance to one partner, so a slow partner cannot hold up the others. */
        @WithDefault("4")
        int maxPerPartner();

        /** Safety-net poll; new notifications wake delivery at once (LISTEN/NOTIFY), retries by their own timer. */
        @WithDefault("PT5S")
        Duration pollEvery();

        /**
         * P11.1 local and test profiles only: webhooks may go to loopback and private addresses, and
         * over plain http to loopback. Off (production): https to public addresses only.
         */
        @WithDefault("false")
        boolean allowLocal();

        /** Off: no webhook is sent (notifications are still listed for polling). */
        @WithDefault("true")
        boolean enabled();
    }

    interface Safeguarding {
        /**
         * P3.1: a referral the safeguarding team has not acknowledged within this long is escalated:
         * put back on the DPO's list, flagged escalated, and announced (ESCALATED).
         */
        @WithDefault("PT4H")
        Duration acknowledgeWithin();

        /** How often unacknowledged referrals are looked for (read by the scheduler). */
        @WithDefault("5m")
        String escalateEvery();

        /** How often recorded delivery outcomes are announced (read by the scheduler). */
        @WithDefault("5s")
        String announceEvery();
    }

    interface Notification {
        /** P6.8: an unanswered notification escalates to the DPO after this long. */
        @WithDefault("P5D")
        Duration answerWithin();

        /** How often overdue answers are looked for. */
        @WithDefault("15m")
        String escalateEvery();
    }

    interface Release {
        /** P11.1 / P13.1: a release's payload is destroyed this long after its release; its record is kept. */
        @WithDefault("P90D")
        Duration payloadRetention();

        /** How often payloads past their retention are looked for. */
        @WithDefault("1h")
        String destroyEvery();

        /** How many payloads one transaction destroys; a run goes on until none is due. */
        @WithDefault("500")
        int destroyBatchSize();
    }
}
