package org.infoshare.breach.domain;

import java.time.Instant;
import java.util.Optional;

import org.infoshare.events.vocabulary.RiskLevel;

/**
 * Where a breach stands: the risk of its latest assessment, when the initial ICO report was made,
 * and when it closed. Kept on the breach row so lists can show the clock without extra queries.
 */
public record BreachStatus(Optional<RiskLevel> riskLevel, Optional<Instant> icoReportedAt, Optional<Instant> closedAt) {

    public static BreachStatus open() {
        return new BreachStatus(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean assessed() {
        return riskLevel.isPresent();
    }

    /** Reportable once assessed as a risk; before any assessment it must be treated as if it were. */
    public boolean reportable() {
        return riskLevel.map(level -> level != RiskLevel.NO_RISK).orElse(true);
    }

    /**
     * P14.2: the ICO clock runs until the initial report is made, or until an assessment finds no
     * risk to people, or the breach is closed. Before an assessment it runs: not knowing is no
     * reason to stop it.
     */
    public boolean clockRunning() {
        return icoReportedAt.isEmpty() && closedAt.isEmpty() && reportable();
    }

    public String state() {
        if (closedAt.isPresent()) {
            return "CLOSED";
        }
        if (icoReportedAt.isPresent()) {
            return "REPORTED_TO_ICO";
        }
        return riskLevel.isPresent() ? "ASSESSED" : "OPEN";
    }
}
