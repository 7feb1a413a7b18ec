package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.DecidedShare;
import org.infoshare.sharing.domain.LawfulCondition;
import org.infoshare.sharing.domain.ShareRequest;

import java.time.Instant;
import java.util.List;

/** A share request with its decision: the outcome, the deciding rule ids and every rule's finding. */
public record ShareRequestView(String id, String subjectId, String partnerId, String purpose,
                               List<String> dataCategories, boolean identifiable, String identifiableReason,
                               String basis, String consentId, String legalReference, String lawfulBasis,
                               String article9Condition, String proportionality,
                               String sensitivity, Instant requestedAt, String outcome, List<String> reasons,
                               List<String> findings, String decidedBy, Instant decidedAt, String dpoJustification,
                               String contractId) {

    static ShareRequestView of(DecidedShare share) {
        ShareRequest r = share.request();
        return new ShareRequestView(r.id().toString(), r.subjectId().orElse(null), r.partnerId(), r.purpose(),
                r.dataCategories(), r.identifiable(), r.identifiableReason().orElse(null), r.basis().name(),
                r.consentId().map(Object::toString).orElse(null), r.legalReference().orElse(null),
                r.lawfulCondition().map(c -> c.article6().name()).orElse(null),
                r.lawfulCondition().flatMap(LawfulCondition::article9).map(Enum::name).orElse(null),
                r.proportionality().orElse(null), r.sensitivity().map(Enum::name).orElse(null), r.requestedAt(),
                share.outcome().name(), share.reasons(), share.findings(), share.decidedBy(), share.decidedAt(),
                share.dpoJustification().orElse(null), r.contractId());
    }
}
