package org.infoshare.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * P15.1: while {@link StaffPolicy#requiresAcknowledgement()} is on, a caller with the staff role
 * reaches a {@link PersonalData} endpoint only after acknowledging the policy version in force;
 * otherwise the answer is a 403 problem of type {@code urn:infoshare:problem:policy-not-acknowledged}
 * naming the version. Other roles and unauthenticated calls pass on to the endpoint's own
 * {@code @RolesAllowed}. An acknowledgement is never withdrawn, so a yes is remembered per
 * staff member and version: the look-up runs once per staff member, not once per request.
 */
public class PolicyAcknowledgementGate {

    private final StaffPolicy policy;
    private final Instance<PolicyAcknowledgements> acknowledgements;
    private final CurrentIdentityAssociation identities;
    private final Map<Method, Boolean> personalData = new ConcurrentHashMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    public PolicyAcknowledgementGate(StaffPolicy policy, Instance<PolicyAcknowledgements> acknowledgements,
                                     CurrentIdentityAssociation identities) {
        this.policy = policy;
        this.acknowledgements = acknowledgements;
        this.identities = identities;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 10)
    public Uni<Response> gate(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (!policy.requiresAcknowledgement() || method == null || !personalData.computeIfAbsent(method,
                m -> m.isAnnotationPresent(PersonalData.class) || m.getDeclaringClass().isAnnotationPresent(PersonalData.class))) {
            return Uni.createFrom().nullItem();
        }
        String version = policy.currentVersion();
        return identities.getDeferredIdentity().chain(identity -> {
            if (identity == null || identity.isAnonymous() || !identity.hasRole(Roles.STAFF)) {
                return Uni.createFrom().nullItem();
            }
            String staffId = Caller.of(identity).actorId();
            String key = version + '\n' + staffId;
            if (acknowledged.contains(key)) {
                return Uni.createFrom().nullItem();
            }
            Uni<Boolean> known = acknowledgements.isResolvable()
                    ? acknowledgements.get().hasAcknowledged(staffId, version)
                    : Uni.createFrom().item(false); // a service that cannot know refuses: the gate fails closed
            return known.map(yes -> {
                if (yes) {
                    acknowledged.add(key);
                    return null;
                }
                return refusal(version);
            });
        });
    }

    static Response refusal(String version) {
        return Problem.of(ProblemType.POLICY_NOT_ACKNOWLEDGED, "Staff must acknowledge version " + version
                + " of the information sharing policy (POST /api/v1/staff/acknowledgements on consent-service)"
                + " before they handle personal data (P15.1)").toResponse();
    }
}
