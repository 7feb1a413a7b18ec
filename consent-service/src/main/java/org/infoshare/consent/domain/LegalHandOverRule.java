package org.infoshare.consent.domain;

import org.infoshare.rules.RuleResult;

import java.util.Optional;

/**
 * P2.1 (with P6.1): the identity prepared for a legal-duty disclosure is handed out once, only when
 * the order needs it and the vault knew the person; the hand-over is recorded once, and for an
 * identifiable disclosure only after the identity was fetched. Each check answers why not (a refusal by the state the disclosure is in), or empty.
 */
public final class LegalHandOverRule {

    public static final String ID = "P2.1";

    private LegalHandOverRule() {
    }

    public static Optional<RuleResult> identityRelease(LegalDisclosurePackage p) {
        if (!p.identifiable()) {
            return refused("the order for disclosure " + p.disclosureId() + " does not need the identity");
        }
        if (p.status() == LegalDisclosurePackage.Status.UNKNOWN_SUBJECT) {
            return refused("the vault does not know the subject of disclosure " + p.disclosureId());
        }
        if (p.identityFetchedAt().isPresent()) {
            return refused("the identity for disclosure " + p.disclosureId() + " was handed out once, at "
                    + p.identityFetchedAt().get() + "; read the vault with a purpose if it is needed again");
        }
        return Optional.empty();
    }

    public static Optional<RuleResult> handOver(LegalDisclosurePackage p) {
        return switch (p.status()) {
            case HANDED_OVER -> refused("disclosure " + p.disclosureId() + " was handed over already");
            case UNKNOWN_SUBJECT -> refused("the vault does not know the subject of disclosure "
                    + p.disclosureId() + ": nothing to hand over");
            case PREPARED -> p.identifiable() && p.identityFetchedAt().isEmpty()
                    ? refused("fetch the identity for disclosure " + p.disclosureId() + " before handing it over")
                    : Optional.empty();
        };
    }

    private static Optional<RuleResult> refused(String explanation) {
        return Optional.of(RuleResult.refuseInState(ID, explanation));
    }
}
