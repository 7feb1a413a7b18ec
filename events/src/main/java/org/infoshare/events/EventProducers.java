package org.infoshare.events;

import java.net.URI;
import java.util.Set;

/**
 * Which service may produce each event type, as the CloudEvents {@code source} it stamps
 * ({@code urn:infoshare:<service>}). A consumer refuses an event from anyone else, so whoever can
 * reach the broker still cannot forge a {@code consent-given}. The broker's ACLs (one principal
 * per service, write only to its own topics) are the first line; this is the second.
 */
public final class EventProducers {

    private static final String PREFIX = "urn:infoshare:";
    private static final Set<String> EVERY_SERVICE = Set.of("consent-service", "sharing-service", "breach-service",
            "audit-service");

    private EventProducers() {
    }

    public static Set<String> allowed(EventType type) {
        if (type == EventType.BREACH_NOTICE_DISPATCHED) {
            return Set.of("consent-service"); // consent-service answers on breach-events: only it holds the address
        }
        if (type == EventType.MISUSE_REPORTED || type == EventType.MISUSE_DISMISSED
                || type == EventType.MISUSE_ESCALATED) {
            return Set.of("audit-service"); // P15.2: audit's misuse reports travel beside the breaches they may become
        }
        return switch (type.topic()) {
            case Topics.CONSENT_EVENTS -> Set.of("consent-service");
            case Topics.SHARING_EVENTS -> Set.of("sharing-service");
            case Topics.BREACH_EVENTS -> Set.of("breach-service");
            case Topics.AUDIT_CHECKPOINTS -> Set.of("audit-service");
            // P12.2: every service but consent-service (which assembles them) prepares its part
            case Topics.SUBJECT_ACCESS_PARTS -> Set.of("sharing-service", "breach-service", "audit-service");
            default -> EVERY_SERVICE; // personal-data-accessed, retention-events: every service reports its own
        };
    }

    public static boolean mayProduce(URI source, EventType type) {
        String text = source == null ? "" : source.toString();
        return text.startsWith(PREFIX) && allowed(type).contains(text.substring(PREFIX.length()));
    }
}
