package org.infoshare.sharing.api;

/** A partner's acknowledgement of a guidance version (P1.3); {@code recorded} is false when it was already on file. */
public record GuidanceAcknowledgementView(String guidanceNoteId, int version, String partnerId, boolean recorded) {
}
