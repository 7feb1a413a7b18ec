package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.CaptureChannel;

import java.time.Instant;

/** How an explicit act of consent was captured: the channel, who took it, when, and the evidence. */
public record Capture(CaptureChannel channel, String takenBy, Instant takenAt, String witness, String notes,
                      String evidenceReference) {
}
