package org.infoshare.audit.domain;

import java.util.Arrays;

/** What a trail entry records: a platform event, a dead-lettered record, or a retention step. */
public enum EntryKind {
    EVENT("event"),
    DEAD_LETTER("dead-letter"),
    RETENTION("retention");

    private final String code;

    EntryKind(String code) {
        this.code = code;
    }

    /** @return the stored and hashed name, e.g. {@code dead-letter} */
    public String code() {
        return code;
    }

    public static EntryKind fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown entry kind: " + code));
    }
}
