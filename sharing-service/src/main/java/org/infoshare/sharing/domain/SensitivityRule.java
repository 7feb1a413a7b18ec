package org.infoshare.sharing.domain;

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

    public static Optional<RuleFinding> check(ShareContext context) {
        ShareRequest request = context.request();
        if (request.sensitivity().isEmpty()) {
            return Optional.of(RuleFinding.refuse(ID, "every share carries a sensitivity class"));
        }
        Sensitivity sensitivity = request.sensitivity().get();
        if (request.personal() && TOO_LOW_FOR_PERSONAL.contains(sensitivity)) {
            return Optional.of(RuleFinding.refuse(ID, "personal data is at least CONFIDENTIAL, not " + sensitivity));
        }
        return Optional.of(RuleFinding.satisfied(ID, "classed " + sensitivity));
    }
}
