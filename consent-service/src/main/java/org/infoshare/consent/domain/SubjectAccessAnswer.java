package org.infoshare.consent.domain;

import java.util.List;
import java.util.Objects;

/**
 * One assembled subject access answer (P12.2): this service's own part (identity, consents with
 * their proxies and withdrawals, requests), every other service's part as it arrived by event, which
 * parts are still missing, and the DPO's review and release.
 */
public record SubjectAccessAnswer(SubjectAccessRequest request, SubjectFile consentPart, List<SubjectAccessPart> parts,
                                  SubjectAccessAnswerState state) {

    public SubjectAccessAnswer {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(consentPart, "consentPart");
        parts = List.copyOf(parts);
        Objects.requireNonNull(state, "state");
    }

    public List<String> missingParts() {
        return SubjectAccessParts.missing(parts);
    }
}
