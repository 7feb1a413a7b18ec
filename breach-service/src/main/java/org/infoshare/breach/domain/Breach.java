package org.infoshare.breach.domain;

import java.util.Objects;

/** A breach: the report as made and where it stands now. */
public record Breach(BreachReport report, BreachStatus status) {

    public Breach {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(status, "status");
    }
}
