package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ShareBasis;

import java.util.Optional;

/**
 * P2.1: a disclosure names exactly one basis: consent (with the consent relied on), serious harm or
 * public interest, or a legal duty (with its reference, e.g. a court order). A non-consent basis
 * for personal data needs the DPO's decision with a written justification.
 */
public final class OneBasisRule {

    public static final String ID = "P2.1";

    private OneBasisRule() {
    }

    /**
     * A legal duty names its reference (e.g. the court order's case number): the one check shared by
     * shares and one-off legal-duty disclosures ({@link LegalDutyReferenceRule}).
     */
    public static Optional<RuleResult> legalReferenceMissing(Optional<String> reference) {
        return reference.filter(r -> !r.isBlank()).isPresent()
                ? Optional.empty()
                : Optional.of(RuleResult.refuse(ID, "a legal duty names its reference (e.g. the court order)"));
    }

    public static Optional<RuleResult> check(ShareContext context) {
        ShareRequest request = context.request();
        if (request.basis() == ShareBasis.CONSENT) {
            if (request.consentId().isEmpty() || !request.personal()) {
                return Optional.of(RuleResult.refuse(ID, "a consent basis names the person and the consent relied on"));
            }
            if (request.legalReference().isPresent()) {
                return Optional.of(RuleResult.refuse(ID, "one basis only: consent, or a legal duty, not both"));
            }
            return Optional.of(RuleResult.satisfied(ID, "one basis: consent " + request.consentId().get()));
        }
        if (request.consentId().isPresent()) {
            return Optional.of(RuleResult.refuse(ID, "one basis only: " + request.basis() + " names no consent"));
        }
        if (request.basis() == ShareBasis.LEGAL_DUTY) {
            Optional<RuleResult> unreferenced = legalReferenceMissing(request.legalReference());
            if (unreferenced.isPresent()) {
                return unreferenced;
            }
        }
        if (request.personal()) {
            return Optional.of(RuleResult.referToDpo(ID, request.basis()
                    + " is not consent: the DPO decides with a written justification"));
        }
        return Optional.of(RuleResult.satisfied(ID, "one basis: " + request.basis()));
    }
}
