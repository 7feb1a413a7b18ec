package org.infoshare.audit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the trail, under {@code infoshare.audit}. */
@ConfigMapping(prefix = "infoshare.audit")
public interface AuditConfig {

    Signing signing();

    Append append();

    Checkpoint checkpoint();

    Retention retention();

    /** Entries (and leaf hashes, checkpoints) read per query while verifying or proving: what memory holds at once. */
    @WithDefault("10000")
    int verifyPageSize();

    interface Signing {
        /** Ed25519 private key, PKCS#8 DER in base64. A development key by default; prod takes it from a secret. */
        String privateKey();

        /**
         * Public keys of earlier signing keys (X.509 SubjectPublicKeyInfo DER in base64), kept only
         * to verify the checkpoints they signed: after a rotation the old checkpoints still verify.
         */
        Optional<List<String>> verifyKeys();
    }

    interface Append {
        /** Entries written per append transaction (group commit). */
        @WithDefault("1000")
        int batchSize();

        /** Captured entries waiting for their transaction before the consumers are held back. */
        @WithDefault("10000")
        int maxPending();
    }

    interface Checkpoint {
        /** How often the trail is signed (when it grew); read by the scheduler. */
        String interval();

        /** At most this many new entries go into one checkpoint; the next run carries on. */
        @WithDefault("200000")
        int maxEntries();
    }

    interface Retention {
        /** How long trail entries are kept (P13.1); entries recorded longer ago may be removed. */
        @WithDefault("P2192D")
        Duration period();

        /** Cron of the retention step; {@code off} disables it. Read by the scheduler. */
        String schedule();
    }
}
