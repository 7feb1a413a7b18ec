package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Emitted by consent-service when a version of a piece of work's information sheet is published
 * (P6.5). The text stays in consent-service; the content hash proves which text it was.
 *
 * @param sheetId The published version's id.
 * @param pieceOfWork The piece of work the sheet explains.
 * @param version The version published.
 * @param contentHash SHA-256 over the title, text and document reference.
 * @param recordedBy Who published it (opaque actor id).
 * @param publishedAt When it was published.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InformationSheetPublished(
        UUID sheetId,
        String pieceOfWork,
        int version,
        String contentHash,
        String recordedBy,
        Instant publishedAt) implements ConsentEvent {

    public InformationSheetPublished {
        requireNonNull(sheetId, "sheetId");
        requireNonNull(pieceOfWork, "pieceOfWork");
        requireNonNull(contentHash, "contentHash");
        requireNonNull(recordedBy, "recordedBy");
        requireNonNull(publishedAt, "publishedAt");
    }

    /** An information sheet is not about a person. */
    @Override
    public String subjectId() {
        return null;
    }

    /** Keyed by piece of work, so its events stay in order. */
    @Override
    public String partitionKey() {
        return pieceOfWork;
    }
}
