package org.infoshare.breach.domain;

/**
 * The kinds of record breach-service keeps, each with its own retention period (P13.1), in the
 * order retention removes them: a breach's notices before the breach.
 */
public enum RecordKind {
    BREACH_NOTICE("breach-notice"),
    BREACH("breach"),
    RELEASE_RECORD("release-record"),
    STAFF_ACKNOWLEDGEMENT("staff-acknowledgement");

    private final String configName;

    RecordKind(String configName) {
        this.configName = configName;
    }

    /** The name under {@code infoshare.retention.kinds} and in record-erased. */
    public String configName() {
        return configName;
    }
}
