package org.infoshare.consent.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new version of a piece of work's information sheet: its text, or a reference to the document. */
public record PublishInformationSheetRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{2,80}", message = "must be a lower-case slug") String pieceOfWork,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20000) String text,
        @Size(max = 500) String documentReference) {
}
