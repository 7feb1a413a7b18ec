package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.Sensitivity;

import java.util.Optional;
import java.util.Set;

/**
 * P8.1: every share, non-personal data included, carries a sensitivity class (it later chooses the
 * channel, P11.1). Personal data is never classed below CONFIDENTIAL.
 */
public final class SensitivityRule {

    public static final String ID = "P8.1";
    private static final Set<Sensitivity> TOO_LOW_FOR_PERSONAL = Set.of(Sensitivity.PUBLIC, Sensitivity.INTERNAL);

    private SensitivityRule() {
    }

    public static Optional<RuleResult> check(ShareContext context) {
        ShareRequest request = context.request();
        if (request.sensitivity().isEmpty()) {
            return Optional.of(RuleResult.refuse(ID, "every share carries a sensitivity class"));
        }
        Sensitivity sensitivity = request.sensitivity().get();
        if (request.personal() && TOO_LOW_FOR_PERSONAL.contains(sensitivity)) {
            return Optional.of(RuleResult.refuse(ID, "personal data is at least CONFIDENTIAL, not " + sensitivity));
        }
        return Optional.of(RuleResult.satisfied(ID, "classed " + sensitivity));
    }
}
