package org.infoshare.sharing.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * P2.2/P9.1: where one record came from (who supplied it, on which medium) and the day it was last
 * checked as accurate. Carried beside the record into its release so the recipient can judge it.
 */
public record RecordSource(String source, RecordMedium medium, LocalDate lastVerifiedOn) {

    public RecordSource {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(lastVerifiedOn, "lastVerifiedOn");
    }
}
