package org.infoshare.web;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.infoshare.messaging.access.PersonalDataReads;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the services need it: an opaque actor id (the token's subject, never a
 * name), the realm roles, and for partners the {@code partner_id} claim that scopes what they see.
 */
public record Caller(String actorId, Set<String> roles, Optional<String> partnerId) {

    public static final String PARTNER_ID_CLAIM = "partner_id";

    public static Caller of(SecurityIdentity identity) {
        String actorId = identity.getPrincipal().getName();
        Optional<String> partnerId = Optional.empty();
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            actorId = Optional.ofNullable(token.getSubject()).orElse(actorId);
            partnerId = Optional.ofNullable(token.<Object>getClaim(PARTNER_ID_CLAIM)).map(Object::toString);
        }
        return new Caller(actorId, Set.copyOf(identity.getRoles()), partnerId);
    }

    /** The role recorded with what the caller does: the most privileged one they hold. */
    public String primaryRole() {
        for (String role : List.of(Roles.DPO, Roles.CHIEF_EXECUTIVE, Roles.STAFF, Roles.AUDITOR, Roles.PARTNER, Roles.SERVICE)) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return "none";
    }

    /** The caller as a reader of personal data, as personal-data-accessed records them (P6.1). */
    public PersonalDataReads.Reader reader() {
        return new PersonalDataReads.Reader(actorId, primaryRole(), partnerId);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The partner a partner token speaks for; a partner token without the claim is refused. */
    public String requirePartnerId() {
        return partnerId.orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "This partner token carries no partner_id claim"));
    }
}
