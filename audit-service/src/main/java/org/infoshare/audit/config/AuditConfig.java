package org.infoshare.audit.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

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

    Misuse misuse();

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

    /** P15.2: looking for unusual access to personal data in the trail. */
    interface Misuse {
        /** How often the detection pass runs; {@code off} disables it. Read by the scheduler. */
        String evaluateEvery();

        /** Trail entries evaluated per pass and rule; the next pass carries on. */
        @WithDefault("5000")
        int batchSize();

        Bulk bulk();

        Hours hours();

        NoCase noCase();

        interface Bulk {
            /** Distinct people one user reads within the window that raise a report. */
            @WithDefault("50")
            int threshold();

            @WithDefault("PT1H")
            Duration window();
        }

        interface Hours {
            @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
            List<DayOfWeek> days();

            @WithDefault("08:00")
            LocalTime start();

            @WithDefault("18:00")
            LocalTime end();

            @WithDefault("Europe/London")
            ZoneId zone();

            /** Days off although working days (bank holidays), ISO dates. */
            Optional<List<LocalDate>> bankHolidays();
        }

        interface NoCase {
            /** How long a case event before a read still stands behind it. */
            @WithDefault("P30D")
            Duration lookback();

            /** How long after a read a case event may follow it (and how long a read waits before it is judged). */
            @WithDefault("PT1H")
            Duration grace();

            /** The event types (names) that are a case or request about their subject. */
            List<String> caseTypes();
        }
    }
}
