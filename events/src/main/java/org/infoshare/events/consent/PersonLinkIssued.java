package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.vocabulary.NoticeChannel;

/**
 * Emitted by consent-service when staff issue a person a one-time link to see who received their
 * data and to withdraw consent or ask for their data (issue 13 item 4(a)); the link itself goes to
 * the contact details in the vault and never into an event.
 *
 * @param linkId The link.
 * @param subjectId Pseudonymous data subject id.
 * @param purpose What the link may be used for (PERSON_ACCESS).
 * @param channel How the link goes out.
 * @param issuedBy Opaque id of the staff member who issued it.
 * @param issuedAt When it was issued.
 * @param expiresAt When it stops working if unused.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PersonLinkIssued(
        UUID linkId,
        String subjectId,
        String purpose,
        NoticeChannel channel,
        String issuedBy,
        Instant issuedAt,
        Instant expiresAt) implements ConsentEvent {

    public PersonLinkIssued {
        requireNonNull(linkId, "linkId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(purpose, "purpose");
        requireNonNull(channel, "channel");
        requireNonNull(issuedBy, "issuedBy");
        requireNonNull(issuedAt, "issuedAt");
        requireNonNull(expiresAt, "expiresAt");
    }
}
