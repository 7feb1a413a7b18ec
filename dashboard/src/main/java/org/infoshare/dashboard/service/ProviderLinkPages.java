package org.infoshare.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.infoshare.dashboard.client.ProviderLinkClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import java.util.Set;
import java.util.function.Supplier;

/**
 * A small provider's link (issue 13 item 4b): what it is for, and its one use, through
 * sharing-service with the dashboard-portal client's token. Every rule is sharing-service's; this
 * only puts its answers in words.
 */
@ApplicationScoped
public class ProviderLinkPages {

    /** The answer form's fields, by the API's names. */
    private static final java.util.Map<String, String> LABELS = java.util.Map.of("response", "Your answer",
            "lawfulBasis", "Lawful basis", "article9Condition", "Article 9 condition", "justification", "Why you continue");

    /** The answers the API takes (P6.8). */
    public static final Set<String> RESPONSES = Set.of("CEASED_DELETED", "CEASED_RETURNED", "CONTINUING");

    private final ProviderLinkClient links;

    public ProviderLinkPages(@RestClient ProviderLinkClient links) {
        this.links = links;
    }

    /** Why a link does not work: unknown (404), used or expired (410), or the service unreachable. */
    public enum Failure { UNKNOWN, USED, EXPIRED, REFUSED, UNAVAILABLE }

    /** A result, or why not with the service's words. */
    @io.quarkus.qute.TemplateData
    public record Outcome<T>(T value, Failure failure, String reason) {
        public boolean ok() {
            return failure == null;
        }
    }

    public Outcome<ProviderLinkClient.Link> view(String token) {
        return call(() -> links.link(token));
    }

    public Outcome<ProviderLinkClient.Answered> answer(String token, String response, String lawfulBasis,
                                                        String article9Condition, String justification) {
        if (response == null || !RESPONSES.contains(response)) {
            return new Outcome<>(null, Failure.REFUSED, "Choose one of the three answers.");
        }
        return call(() -> links.answer(token, new ProviderLinkClient.Answer(response, blankToNull(lawfulBasis),
                blankToNull(article9Condition), blankToNull(justification))));
    }

    public Outcome<ProviderLinkClient.Acknowledged> acknowledge(String token, boolean confirmed) {
        if (!confirmed) {
            return new Outcome<>(null, Failure.REFUSED, "Tick the box to confirm you have read the guidance.");
        }
        return call(() -> links.acknowledge(token));
    }

    private <T> Outcome<T> call(Supplier<T> request) {
        try {
            return new Outcome<>(request.get(), null, null);
        } catch (ClientWebApplicationException e) {
            int status = e.getResponse() == null ? 502 : e.getResponse().getStatus();
            String detail = ServiceRefusal.words(e, "sharing-service", LABELS);
            Failure failure = switch (status) {
                case 404 -> Failure.UNKNOWN;
                case 410 -> detail.contains("already used") ? Failure.USED : Failure.EXPIRED;
                case 400, 409, 422 -> Failure.REFUSED;
                default -> Failure.UNAVAILABLE;
            };
            return new Outcome<>(null, failure, detail);
        } catch (ProcessingException unreachable) {
            return new Outcome<>(null, Failure.UNAVAILABLE, "sharing-service could not be reached");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
