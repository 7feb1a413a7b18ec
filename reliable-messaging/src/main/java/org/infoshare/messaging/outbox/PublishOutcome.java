package org.infoshare.messaging.outbox;

import java.util.List;

/**
 * What the broker said about each record of a round: acknowledged, refused for good (parked with
 * its reason), or not yet (left for the next round).
 */
public record PublishOutcome(List<PendingEvent> acknowledged, List<Refused> refused, int unsent) {

    public record Refused(PendingEvent event, String reason) {
    }
}
