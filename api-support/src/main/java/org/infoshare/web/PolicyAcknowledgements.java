package org.infoshare.web;

import io.smallrye.mutiny.Uni;

/**
 * What a service knows of staff acknowledgements of the policy (P15.1): consent-service its
 * register, sharing-service and breach-service their local copy of consent-service's
 * {@code policy-acknowledged} events. Each service with {@link PersonalData} endpoints provides
 * one bean.
 */
public interface PolicyAcknowledgements {

    /** True once the staff member (their token's subject) has acknowledged the policy version. */
    Uni<Boolean> hasAcknowledged(String staffId, String policyVersion);
}
