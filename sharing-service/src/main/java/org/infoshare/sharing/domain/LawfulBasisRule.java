package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ShareBasis;

import java.util.Optional;

/**
 * P6.2(a): personal data is shared only on a lawful basis. Under consent that means the consent,
 * as sharing-service knows it from consent-events, is this person's, is neither withdrawn nor
 * expired, and still covers this purpose, this recipient (by id or kind) and these categories
 * (partial withdrawals included). A non-consent basis is lawful once the DPO decides (P2.1).
 */
public final class LawfulBasisRule {

    public static final String ID = "P6.2a";

    private LawfulBasisRule() {
    }

    public static Optional<RuleResult> check(ShareContext context) {
        ShareRequest request = context.request();
        if (!request.personal()) {
            return Optional.empty();
        }
        if (request.basis() != ShareBasis.CONSENT) {
            return Optional.of(RuleResult.satisfied(ID, "lawful basis " + request.basis() + ", for the DPO to confirm"));
        }
        if (request.consentId().isEmpty()) {
            return Optional.of(RuleResult.refuse(ID, "no consent named"));
        }
        Optional<ConsentProjection> consent = context.consent();
        if (consent.isEmpty() || consent.get().state() == ConsentProjection.State.UNKNOWN) {
            return Optional.of(RuleResult.refuse(ID, "consent " + request.consentId().get() + " is not known here"));
        }
        ConsentProjection c = consent.get();
        if (!c.subjectId().equals(request.subjectId().orElseThrow())) {
            return Optional.of(RuleResult.refuse(ID, "the consent is another person's"));
        }
        if (c.state() == ConsentProjection.State.WITHDRAWN || c.state() == ConsentProjection.State.EXPIRED) {
            return Optional.of(RuleResult.refuse(ID, "the consent is " + c.state().name().toLowerCase()));
        }
        if (context.partner().isEmpty()) {
            return Optional.of(RuleResult.refuse(ID, "the recipient is not a registered partner"));
        }
        if (!c.covers(request.purpose(), request.partnerId(), context.partner().get().kind(), request.dataCategories())) {
            return Optional.of(RuleResult.refuse(ID, "the consent does not cover this purpose, recipient and these categories"));
        }
        return Optional.of(RuleResult.satisfied(ID, "consent " + c.consentId() + " version " + c.version() + " covers the share"));
    }
}
