package org.infoshare.breach.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * P14.1: what a breach report links to, so the affected people can be traced: the releases
 * involved, or a partner and a time window (every release to that partner in it). Onward
 * releases (P10.1) are reached from either. A report may name neither (a lost notebook, say):
 * then nothing is traced and the DPO estimates the numbers; it may not name both, because the two
 * would give two different answers to "who is affected".
 */
public record BreachScope(List<UUID> releaseIds, Optional<PartnerWindow> window) {

    public BreachScope {
        releaseIds = List.copyOf(releaseIds);
        window = window == null ? Optional.empty() : window;
    }

    /**
     * Most releases one report may reach; also breach-suspected's {@code maxItems}, which keeps
     * the event well under the broker's record limit (36-character ids).
     */
    public static final int MAX_RELEASES = 10_000;

    /** Why the releases a window reached are too many for one report, or empty when they are not. */
    public static Optional<String> tooMany(int reached) {
        return reached > MAX_RELEASES
                ? Optional.of("the window reaches " + reached + " releases; one report may reach at most " + MAX_RELEASES
                        + ": report narrower time windows")
                : Optional.empty();
    }

    public static BreachScope none() {
        return new BreachScope(List.of(), Optional.empty());
    }

    public boolean traceable() {
        return !releaseIds.isEmpty() || window.isPresent();
    }

    /**
     * Why this scope cannot be accepted, or empty when it can.
     *
     * @param reporterPartner the partner that reports, when a partner does: it may only name a
     *                        window on its own releases
     */
    public static Optional<String> problem(List<UUID> releaseIds, Optional<PartnerWindow> window,
                                           Optional<String> reporterPartner, Instant now) {
        if (!releaseIds.isEmpty() && window.isPresent()) {
            return Optional.of("name either the releases involved or a partner and a time window, not both");
        }
        if (window.isEmpty()) {
            return Optional.empty();
        }
        PartnerWindow w = window.get();
        if (w.to().isBefore(w.from())) {
            return Optional.of("windowTo cannot be before windowFrom");
        }
        if (w.from().isAfter(now)) {
            return Optional.of("windowFrom cannot be in the future");
        }
        if (reporterPartner.isPresent() && !reporterPartner.get().equals(w.partnerId())) {
            return Optional.of("a partner may only name a time window on its own releases");
        }
        return Optional.empty();
    }
}
