package org.infoshare.breach.api;

import org.infoshare.breach.domain.IndividualNotice;

import java.time.Instant;
import java.util.UUID;

/** A notice to one affected person, addressed by pseudonymous subject id only (P14.3). */
public record NoticeView(UUID id, UUID breachId, String subjectId, String status, String advice,
                         String supportOffered, String channel, Instant preparedAt, Instant sentAt,
                         String preferredChannel, String failureReason) {

    static NoticeView of(IndividualNotice n) {
        return new NoticeView(n.id(), n.breachId(), n.subjectId(), n.status().name(), n.advice(), n.supportOffered(),
                n.channel().map(Enum::name).orElse(null), n.preparedAt(), n.sentAt().orElse(null),
                n.preferredChannel().map(Enum::name).orElse(null), n.failureReason().map(Enum::name).orElse(null));
    }
}
