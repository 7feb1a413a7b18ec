package org.infoshare.consent.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * P12.1: a Freedom of Information request received by the organisation is logged and handed to
 * the council responsible for answering it. Who asked stays with the council.
 */
public record FoiRequest(UUID id, Instant receivedAt, String summary, Council council, Instant handedOverAt,
                         String recordedBy) {

    /** The councils for which the organisation holds information (policy section 12). */
    public enum Council { WEST_NORTHAMPTONSHIRE_COUNCIL, RUTLAND_COUNTY_COUNCIL }
}
