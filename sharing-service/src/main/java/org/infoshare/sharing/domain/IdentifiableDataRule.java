package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

import java.util.Optional;

/**
 * P6.3: where pseudonymised data can serve the purpose, identifiable data must not be shared. The
 * default release is pseudonymised; a request for identifiable data carries its reason and goes
 * to the DPO.
 */
public final class IdentifiableDataRule {

    public static final String ID = "P6.3";

    private IdentifiableDataRule() {
    }

    public static Optional<RuleResult> check(ShareContext context) {
        ShareRequest request = context.request();
        if (!request.personal()) {
            return Optional.empty();
        }
        if (!request.identifiable()) {
            return Optional.of(RuleResult.satisfied(ID, "pseudonymised, the default"));
        }
        if (request.identifiableReason().map(String::isBlank).orElse(true)) {
            return Optional.of(RuleResult.refuse(ID, "identifiable data needs the reason pseudonymised data cannot serve"));
        }
        return Optional.of(RuleResult.referToDpo(ID, "identifiable data: the DPO weighs the reason given"));
    }
}
