package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.Release;

import java.time.Instant;
import java.util.List;

/** A release in the recipient's list: the person only as the recipient's own pseudonym, no content. */
public record PartnerReleaseView(String id, String parentReleaseId, String subjectRef, List<String> purposes,
                                 List<String> dataCategories, String sensitivity, String channel, String status,
                                 Instant releasedAt, Instant withdrawnAt) {

    static PartnerReleaseView of(Release r) {
        return new PartnerReleaseView(r.id().toString(), r.parentReleaseId().map(Object::toString).orElse(null),
                r.subjectRef().orElse(null), r.purposes(), r.dataCategories(), r.sensitivity().name(),
                r.channel().name(), r.status().name(), r.releasedAt(), r.withdrawnAt().orElse(null));
    }
}
