package org.infoshare.audit.domain.misuse;

import java.util.Arrays;

/** P15.2: the kinds of unusual access audit-service looks for, by the code events and the API use. */
public enum MisuseRule {
    /** One user reads many people's identifiers in a short time. */
    BULK_READS("bulk-reads"),
    /** A read outside working hours (working days and hours, Europe/London, bank holidays off). */
    OUT_OF_HOURS("out-of-hours"),
    /** A read of a person with no case or request behind it. */
    NO_CASE("no-case");

    private final String code;

    MisuseRule(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static MisuseRule fromCode(String code) {
        return Arrays.stream(values()).filter(rule -> rule.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown misuse rule: " + code));
    }
}
