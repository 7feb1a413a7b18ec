package org.infoshare.consent.domain;

import org.infoshare.rules.RuleResult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * P6.9: an adult who lacks capacity cannot consent, and nobody else may consent for them unless
 * empowered by a lasting power of attorney (health and welfare) or a court order whose evidence
 * is recorded and which has not expired. A power over property and financial affairs (an LPA or a
 * deputyship) never empowers it; a court order states its scope from {@link
 * ProxyAuthority.CourtOrderScope}, and the scope must cover the sharing. Someone with capacity
 * consents for themselves.
 */
public final class ProxyConsentRule {

    public static final String ID = "P6.9";

    private ProxyConsentRule() {
    }

    public static List<RuleResult> problems(Capacity capacity, Optional<ProxyAuthority> proxy, Instant now) {
        List<RuleResult> problems = new ArrayList<>();
        if (capacity.lacksCapacity()) {
            if (proxy.isEmpty()) {
                problems.add(RuleResult.refuse(ID, "the person lacks capacity: consent only from a proxy with a lasting power of "
                        + "attorney (health and welfare) or a court order"));
                return problems;
            }
            ProxyAuthority authority = proxy.get();
            if (authority.kind().propertyAndAffairsOnly()) {
                problems.add(RuleResult.refuse(ID, "a " + describe(authority.kind()) + " covers money and property only: it does not "
                        + "empower consent to share health and care information (a health and welfare LPA or a court "
                        + "order does)"));
                return problems;
            }
            if (authority.kind().byCourt()) {
                Optional<ProxyAuthority.CourtOrderScope> scope = ProxyAuthority.CourtOrderScope.of(authority.scope());
                if (scope.isEmpty()) {
                    problems.add(RuleResult.refuse(ID, "a court order states its scope as one of " + Arrays.toString(
                            ProxyAuthority.CourtOrderScope.values())));
                } else if (!scope.get().coversSharing()) {
                    problems.add(RuleResult.refuse(ID, "the court order's scope (" + scope.get() + ") does not cover consent to share "
                            + "health and care information"));
                }
            }
            if (authority.reference() == null || authority.reference().isBlank()) {
                problems.add(RuleResult.refuse(ID, "the proxy's authority needs its reference"));
            }
            if (authority.scope() == null || authority.scope().isBlank()) {
                problems.add(RuleResult.refuse(ID, "the proxy's authority needs its scope"));
            }
            if (!authority.isValidAt(now)) {
                problems.add(RuleResult.refuse(ID, "the proxy's authority has expired"));
            }
        } else if (proxy.isPresent()) {
            problems.add(RuleResult.refuse(ID, capacity.status() == Capacity.Status.NOT_ASSESSED
                    ? "a proxy may consent only once the person is assessed as lacking capacity"
                    : "the person has capacity: the consent must be their own"));
        }
        return problems;
    }

    private static String describe(ProxyAuthority.Kind kind) {
        return kind == ProxyAuthority.Kind.DEPUTYSHIP_PROPERTY_AND_AFFAIRS
                ? "property and affairs deputyship" : "lasting power of attorney for property and financial affairs";
    }
}
