package org.infoshare.consent.api;

import org.infoshare.consent.domain.InformationSheet;

import java.time.Instant;
import java.util.UUID;

public record InformationSheetView(UUID id, String pieceOfWork, int version, String title, String text,
                                   String documentReference, String contentHash, Instant publishedAt) {

    static InformationSheetView of(InformationSheet sheet) {
        return new InformationSheetView(sheet.id(), sheet.pieceOfWork(), sheet.version(), sheet.title(), sheet.text(),
                sheet.documentReference(), sheet.contentHash(), sheet.publishedAt());
    }
}
