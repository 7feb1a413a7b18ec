package org.infoshare.consent.domain;

import java.time.Instant;

/** Whether the person can give informed consent themselves, as last assessed (P6.9). */
public record Capacity(Status status, Instant assessedAt, String assessedBy) {

    public enum Status { HAS_CAPACITY, LACKS_CAPACITY, NOT_ASSESSED }

    public static Capacity notAssessed() {
        return new Capacity(Status.NOT_ASSESSED, null, null);
    }

    public boolean lacksCapacity() {
        return status == Status.LACKS_CAPACITY;
    }
}
