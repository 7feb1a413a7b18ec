package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.LegalRecipientKind;
import org.infoshare.events.vocabulary.NotToldReason;

import java.util.Optional;

/** Drafts of legal-duty disclosures for the rule tests. */
final class LegalDisclosures {

    static final String JUSTIFICATION = "The order of the Crown Court compels disclosure of the complaint.";

    private LegalDisclosures() {
    }

    static LegalDisclosureDraft draft(Optional<String> reference, Optional<String> justification, boolean tell,
                                      Optional<NotToldReason> notTold) {
        return new LegalDisclosureDraft("subj-legal-0001", LegalRecipientKind.COURT, "Northampton Crown Court",
                reference, true, justification, tell, notTold);
    }

    static LegalDisclosureDraft valid() {
        return draft(Optional.of("T20267001"), Optional.of(JUSTIFICATION), true, Optional.empty());
    }
}
