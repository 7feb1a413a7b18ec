package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by sharing-service when the DPO issues a version of the guidance note for a kind of small
 * provider (P1.3).
 *
 * @param noteId The note version's id.
 * @param smallProviderKind The kind of small provider it is for.
 * @param version The version issued.
 * @param purposes The purposes it covers.
 * @param dataCategories The data categories it allows.
 * @param decidedBy The DPO who issued it (opaque actor id).
 * @param issuedAt When it was issued.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GuidanceNoteIssued(
        UUID noteId,
        String smallProviderKind,
        int version,
        List<String> purposes,
        List<String> dataCategories,
        String decidedBy,
        Instant issuedAt) implements SharingEvent {

    public GuidanceNoteIssued {
        requireNonNull(noteId, "noteId");
        requireNonNull(smallProviderKind, "smallProviderKind");
        purposes = List.copyOf(requireNonNull(purposes, "purposes"));
        dataCategories = List.copyOf(requireNonNull(dataCategories, "dataCategories"));
        requireNonNull(decidedBy, "decidedBy");
        requireNonNull(issuedAt, "issuedAt");
    }

    /** A guidance note is not about a person. */
    @Override
    public String subjectId() {
        return null;
    }

    /** Addressed to every partner of a kind, not to one. */
    @Override
    public String partnerId() {
        return null;
    }

    /** Keyed by small provider kind, so its events stay in order. */
    @Override
    public String partitionKey() {
        return smallProviderKind;
    }
}
