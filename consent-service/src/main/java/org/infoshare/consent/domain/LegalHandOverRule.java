package org.infoshare.consent.domain;

import java.util.Optional;

/**
 * P2.1 (with P6.1): the identity prepared for a legal-duty disclosure is handed out once, only when
 * the order needs it and the vault knew the person; the hand-over is recorded once, and for an
 * identifiable disclosure only after the identity was fetched. Each check answers why not, or empty.
 */
public final class LegalHandOverRule {

    public static final String ID = "P2.1";

    private LegalHandOverRule() {
    }

    public static Optional<String> identityRelease(LegalDisclosurePackage p) {
        if (!p.identifiable()) {
            return Optional.of(ID + " the order for disclosure " + p.disclosureId() + " does not need the identity");
        }
        if (p.status() == LegalDisclosurePackage.Status.UNKNOWN_SUBJECT) {
            return Optional.of(ID + " the vault does not know the subject of disclosure " + p.disclosureId());
        }
        if (p.identityFetchedAt().isPresent()) {
            return Optional.of(ID + " the identity for disclosure " + p.disclosureId() + " was handed out once, at "
                    + p.identityFetchedAt().get() + "; read the vault with a purpose if it is needed again");
        }
        return Optional.empty();
    }

    public static Optional<String> handOver(LegalDisclosurePackage p) {
        return switch (p.status()) {
            case HANDED_OVER -> Optional.of(ID + " disclosure " + p.disclosureId() + " was handed over already");
            case UNKNOWN_SUBJECT -> Optional.of(ID + " the vault does not know the subject of disclosure "
                    + p.disclosureId() + ": nothing to hand over");
            case PREPARED -> p.identifiable() && p.identityFetchedAt().isEmpty()
                    ? Optional.of(ID + " fetch the identity for disclosure " + p.disclosureId() + " before handing it over")
                    : Optional.empty();
        };
    }
}
