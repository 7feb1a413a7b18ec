package org.infoshare.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.infoshare.dashboard.client.SubjectAccessClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import java.util.Map;

/**
 * The DPO extends a subject access request through consent-service (P12.2: by up to two months in
 * all, with the reason). consent-service judges the request; its refusal comes back in words.
 */
@ApplicationScoped
public class SubjectAccessDecisionService {

    static final Map<String, String> LABELS = Map.of("months", "Extend by", "reason", "Reason for the extension");

    private final SubjectAccessClient requests;

    public SubjectAccessDecisionService(@RestClient SubjectAccessClient requests) {
        this.requests = requests;
    }

    public SubjectAccessClient.Request request(String id) {
        return requests.request(id);
    }

    /** A form without a number of months is refused here (the API needs one, 1 or 2). */
    public ServiceRefusal.Result<SubjectAccessClient.Request> extend(String id, String months, String reason) {
        Integer count;
        try {
            count = Integer.valueOf(months == null ? "" : months.strip());
        } catch (NumberFormatException e) {
            return ServiceRefusal.Result.refused(422, "Choose by how many months to extend the request.");
        }
        try {
            return ServiceRefusal.Result.ok(requests.extend(id, new SubjectAccessClient.Extension(count,
                    reason == null ? "" : reason)));
        } catch (ClientWebApplicationException e) {
            return ServiceRefusal.of(e, "consent-service", LABELS).failed();
        }
    }
}
