package org.infoshare.consent.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's one-time link (issue 13 item 4(a)), without its token (only the token's hash is kept):
 * whose it is, what it is for, when it stops working, and once used, until when the session it
 * opened lasts.
 */
public record PersonLink(UUID linkId, String subjectId, String purpose, String issuedBy, Instant issuedAt,
                         Instant expiresAt, Optional<Instant> usedAt, Optional<Instant> sessionExpiresAt) {

    /** The one purpose a link is bound to: the person's own view, withdrawal and subject access request. */
    public static final String PERSON_ACCESS = "PERSON_ACCESS";

    public PersonLink {
        Objects.requireNonNull(linkId, "linkId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
        Objects.requireNonNull(sessionExpiresAt, "sessionExpiresAt");
    }

    public static PersonLink issued(UUID linkId, String subjectId, String issuedBy, Instant at, Instant expiresAt) {
        return new PersonLink(linkId, subjectId, PERSON_ACCESS, issuedBy, at, expiresAt, Optional.empty(),
                Optional.empty());
    }
}
