package org.infoshare.consent.api;

import org.infoshare.consent.domain.PersonLink;

import java.time.Instant;
import java.util.UUID;

/** An issued link as staff see it: never the token, which only the letter carries. */
public record PersonLinkView(UUID linkId, String subjectId, String purpose, Instant issuedAt, Instant expiresAt,
                             Instant usedAt) {

    static PersonLinkView of(PersonLink link) {
        return new PersonLinkView(link.linkId(), link.subjectId(), link.purpose(), link.issuedAt(), link.expiresAt(),
                link.usedAt().orElse(null));
    }
}
