package org.infoshare.consent.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * P12.2: whose parts a complete subject access answer needs besides this service's own. Each of
 * these services holds records about people (sharing: requests, decisions, releases, notifications,
 * referrals; breach: breaches and notices; audit: who read the person's data) and answers a
 * verified request with exactly one part.
 */
public final class SubjectAccessParts {

    public static final List<String> EXPECTED = List.of("sharing-service", "breach-service", "audit-service");

    private SubjectAccessParts() {
    }

    /** The expected services whose part has not arrived, in {@link #EXPECTED}'s order. */
    public static List<String> missing(List<SubjectAccessPart> arrived) {
        Set<String> services = arrived.stream().map(SubjectAccessPart::service).collect(Collectors.toSet());
        return EXPECTED.stream().filter(service -> !services.contains(service)).toList();
    }

    public static boolean expected(String service) {
        return EXPECTED.contains(service);
    }
}
