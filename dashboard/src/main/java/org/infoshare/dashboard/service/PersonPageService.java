package org.infoshare.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.infoshare.dashboard.client.PersonClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import java.util.List;

/**
 * Issue 13 item 4(a): the person's pages, through consent-service with the dashboard-portal
 * account. consent-service decides everything (once only, expiry, whose consent); here its answers
 * become plain words.
 */
@ApplicationScoped
public class PersonPageService {

    private final PersonClient consent;

    public PersonPageService(@RestClient PersonClient consent) {
        this.consent = consent;
    }

    /** A use of the link or session: the value, or why it did not work, in words, with its HTTP status. */
    @io.quarkus.qute.TemplateData
    public record Answer<T>(T value, int status, String problem) {
        static <T> Answer<T> of(T value) {
            return new Answer<>(value, 200, null);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    public Answer<PersonClient.Session> redeem(String token) {
        return call(() -> consent.redeem(token), "This link");
    }

    public Answer<PersonClient.PersonPage> view(String handle) {
        return call(() -> consent.view(handle), "Your session");
    }

    public Answer<PersonClient.WithdrawalOutcome> withdraw(String handle, String consentId, boolean whole,
                                                           List<String> purposes, List<String> recipients) {
        return call(() -> consent.withdraw(handle, new PersonClient.Withdrawal(consentId, whole, purposes, recipients)),
                "Your session");
    }

    public Answer<PersonClient.SubjectAccessRequest> requestAccess(String handle) {
        return call(() -> consent.requestAccess(handle), "Your session");
    }

    private static <T> Answer<T> call(java.util.function.Supplier<T> request, String what) {
        try {
            return Answer.of(request.get());
        } catch (ClientWebApplicationException e) {
            int status = e.getResponse() == null ? 502 : e.getResponse().getStatus();
            return new Answer<>(null, status, words(status, what));
        }
    }

    /** Plain words for the person; never a technical detail. */
    static String words(int status, String what) {
        return switch (status) {
            case 410 -> what.equals("This link")
                    ? "This link has already been used or has expired. Each link works once and for 7 days. "
                            + "Please contact us and we will send you a new one."
                    : "Your session has ended (it lasts 30 minutes). Please open a new link: contact us and we will send you one.";
            case 404 -> what.equals("This link")
                    ? "We do not recognise this link. Please check it is complete, or contact us for a new one."
                    : "We could not find your session. Please open your link again.";
            case 400, 422 -> "We could not do that. Please check your choices and try again.";
            default -> "Something went wrong on our side. Please try again later.";
        };
    }
}
