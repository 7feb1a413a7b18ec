package org.infoshare.breach.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.NoticeDispatchFailure;

/**
 * P14.3: the notice to one affected person, addressed by pseudonymous subject id only. The letter
 * or e-mail with the person's contact details is put together inside consent-service's vault; here
 * is what it says (advice on their rights, the support offered) and whether it was sent, or why
 * consent-service could not send it.
 */
public record IndividualNotice(
        UUID id,
        UUID breachId,
        String subjectId,
        NoticeStatus status,
        String advice,
        String supportOffered,
        Optional<NoticeChannel> channel,
        Instant preparedAt,
        Optional<Instant> sentAt,
        Optional<NoticeChannel> preferredChannel,
        Optional<NoticeDispatchFailure> failureReason) {

    public IndividualNotice {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(status, "status");
    }
}
