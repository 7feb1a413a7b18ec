package org.infoshare.dashboard.service;

import org.infoshare.events.Topics;

import java.util.EnumSet;
import java.util.Set;

/**
 * A part of a page that changes with the platform's events. The name is all a browser is told
 * (an SSE event named after the panel): never an identifier or anything from the event itself.
 */
public enum Panel {
    PROPAGATIONS("propagations"),
    SHARES("shares"),
    BREACHES("breaches"),
    SUBJECT_ACCESS("subject-access"),
    RECONFIRMATIONS("reconfirmations"),
    PROTOCOLS_DUE("protocols-due"),
    CONFLICTS("conflicts"),
    ESCALATIONS("escalations"),
    TRAIL("trail");

    private final String eventName;

    Panel(String eventName) {
        this.eventName = eventName;
    }

    /** The SSE event name the page listens for ({@code hx-trigger="sse:<name>"}). */
    public String eventName() {
        return eventName;
    }

    /**
     * The panels that an event on this topic may change.
     *
     * @param topic  the topic the event came from, with the deployment's prefix
     * @param prefix the deployment's topic prefix ({@code ""}, {@code "test."}, {@code "e2e."})
     */
    public static Set<Panel> changedBy(String topic, String prefix) {
        if (topic == null || !topic.startsWith(prefix)) {
            return Set.of();
        }
        return switch (topic.substring(prefix.length())) {
            // a withdrawal starts a propagation; a subject access request joins the list; a consent
            // falls due for re-confirmation or is re-confirmed
            case Topics.CONSENT_EVENTS -> EnumSet.of(PROPAGATIONS, SUBJECT_ACCESS, RECONFIRMATIONS, ESCALATIONS);
            // decisions, releases, notifications and answers; protocols and declared conflicts
            case Topics.SHARING_EVENTS -> EnumSet.of(PROPAGATIONS, SHARES, PROTOCOLS_DUE, CONFLICTS, ESCALATIONS);
            case Topics.BREACH_EVENTS -> EnumSet.of(BREACHES, ESCALATIONS);
            case Topics.AUDIT_CHECKPOINTS -> EnumSet.of(TRAIL);
            default -> Set.of();
        };
    }
}
