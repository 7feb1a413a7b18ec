package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * P1.1: a partner is one of the policy's kinds; a small provider says which (GP, care home,
 * optician, dentist, pharmacy) and only a small provider does; every partner lists the purposes it
 * is agreed to receive data for; a webhook is reached over HTTPS at a public address (P11.1,
 * {@link WebhookAddressGuard}; loopback and plain HTTP to it only where {@code allowLocal}) and is
 * signed, so a URL comes with a secret.
 */
public final class PartnerRegistryRule {

    public static final String ID = "P1.1";

    private PartnerRegistryRule() {
    }

    /** Every refusal of these partner details; empty when they may be stored. */
    public static List<RuleResult> problems(PartnerKind kind, Optional<SmallProviderKind> smallProviderKind,
                                            List<String> purposes, Optional<URI> webhookUrl, boolean secretGiven,
                                            boolean allowLocal) {
        List<RuleResult> problems = new ArrayList<>();
        if (kind == PartnerKind.SMALL_PROVIDER && smallProviderKind.isEmpty()) {
            problems.add(RuleResult.refuse(ID, "a small provider names its kind (GP, CARE_HOME, OPTICIAN, DENTIST, PHARMACY)"));
        }
        if (kind != PartnerKind.SMALL_PROVIDER && smallProviderKind.isPresent()) {
            problems.add(RuleResult.refuse(ID, "only a small provider has a small-provider kind"));
        }
        if (purposes.isEmpty() || purposes.stream().anyMatch(p -> p == null || p.isBlank())) {
            problems.add(RuleResult.refuse(ID, "a partner lists the purposes it is agreed to receive data for"));
        }
        webhookUrl.ifPresent(url -> {
            problems.addAll(WebhookAddressGuard.problems(url, allowLocal));
            if (!secretGiven) {
                problems.add(RuleResult.refuse(ID, "a webhook comes with its signing secret"));
            }
        });
        return problems;
    }
}
