package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.Release;

import java.time.Instant;
import java.util.List;

/** A release as staff and the DPO see it: its record, not its content. */
public record ReleaseView(String id, String shareRequestId, String parentReleaseId, String partnerId, String subjectId,
                          String consentId, List<String> purposes, List<String> dataCategories,
                          List<String> withheldCategories, boolean identifiable, String sensitivity, String channel,
                          List<String> terms, String status, Instant releasedAt, Instant withdrawnAt) {

    static ReleaseView of(Release r) {
        return new ReleaseView(r.id().toString(), r.shareRequestId().toString(),
                r.parentReleaseId().map(Object::toString).orElse(null), r.partnerId(), r.subjectId().orElse(null),
                r.consentId().map(Object::toString).orElse(null), r.purposes(), r.dataCategories(),
                r.withheldCategories(), r.identifiable(), r.sensitivity().name(), r.channel().name(), r.terms(),
                r.status().name(), r.releasedAt(), r.withdrawnAt().orElse(null));
    }
}
