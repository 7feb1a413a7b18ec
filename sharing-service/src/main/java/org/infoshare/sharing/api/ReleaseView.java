package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.Release;

import java.time.Instant;
import java.util.List;

/**
 * A release as staff and the DPO see it: its record, not its content, with the protocol whose method
 * governs its delivery and its lifecycle (P11.1): {@code stage} STORED, FETCHED, WITHDRAWN or
 * DESTROYED; first delivered when and by whom; its payload destroyed when and why.
 */
public record ReleaseView(String id, String shareRequestId, String parentReleaseId, String partnerId, String subjectId,
                          String consentId, List<String> purposes, List<String> dataCategories,
                          List<String> withheldCategories, boolean identifiable, String sensitivity, String channel,
                          List<String> terms, String status, Instant releasedAt, Instant withdrawnAt,
                          String protocolId, String stage, Instant deliveredAt, String deliveredBy,
                          Instant payloadDestroyedAt, String payloadDestructionCause) {

    static ReleaseView of(Release r) {
        return new ReleaseView(r.id().toString(), r.shareRequestId().toString(),
                r.parentReleaseId().map(Object::toString).orElse(null), r.partnerId(), r.subjectId().orElse(null),
                r.consentId().map(Object::toString).orElse(null), r.purposes(), r.dataCategories(),
                r.withheldCategories(), r.identifiable(), r.sensitivity().name(), r.channel().name(), r.terms(),
                r.status().name(), r.releasedAt(), r.withdrawnAt().orElse(null),
                r.protocolId().map(Object::toString).orElse(null), r.stage().name(),
                r.lifecycle().deliveredAt().orElse(null), r.lifecycle().deliveredBy().orElse(null),
                r.lifecycle().destroyedAt().orElse(null),
                r.lifecycle().destructionCause().map(Enum::name).orElse(null));
    }
}
