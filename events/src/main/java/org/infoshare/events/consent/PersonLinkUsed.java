package org.infoshare.events.consent;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.vocabulary.PersonLinkUse;

/**
 * Emitted by consent-service for every use of a person's one-time link or of the session it opened,
 * and for every refused use (issue 13 item 4(a)).
 *
 * @param linkId The link.
 * @param subjectId Pseudonymous data subject id.
 * @param use What the use was, or why it was refused.
 * @param usedAt When.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PersonLinkUsed(
        UUID linkId,
        String subjectId,
        PersonLinkUse use,
        Instant usedAt) implements ConsentEvent {

    public PersonLinkUsed {
        requireNonNull(linkId, "linkId");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(use, "use");
        requireNonNull(usedAt, "usedAt");
    }
}
