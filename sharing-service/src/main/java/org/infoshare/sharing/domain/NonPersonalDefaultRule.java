package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

import java.util.Optional;

/**
 * P1.4: the default is non-personal data. A request without a subject is non-personal and cannot
 * ask for identifiable data; personal data goes out only on a named basis (consent, serious harm
 * or public interest, legal duty), which the other rules then examine.
 */
public final class NonPersonalDefaultRule {

    public static final String ID = "P1.4";

    private NonPersonalDefaultRule() {
    }

    public static Optional<RuleResult> check(ShareContext context) {
        ShareRequest request = context.request();
        if (!request.personal()) {
            return Optional.of(request.identifiable()
                    ? RuleResult.refuse(ID, "identifiable data is about a person: the request must name the subject")
                    : RuleResult.satisfied(ID, "non-personal data, the default"));
        }
        return Optional.of(RuleResult.satisfied(ID, "personal data on the named basis " + request.basis()));
    }
}
