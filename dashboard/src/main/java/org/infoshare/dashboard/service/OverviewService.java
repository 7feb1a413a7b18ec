package org.infoshare.dashboard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.infoshare.dashboard.client.BreachClient;
import org.infoshare.dashboard.client.ConsentClient;
import org.infoshare.dashboard.client.Page;
import org.infoshare.dashboard.client.SharingClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The overview's panels, each read from its service's list endpoint with the signed-in user's
 * token. Nothing is kept: every render asks the services again.
 */
@ApplicationScoped
public class OverviewService {

    /** Rows per panel; the panel says when more exist. */
    static final int PANEL_SIZE = 50;

    private final SharingClient sharing;
    private final BreachClient breaches;
    private final ConsentClient consent;
    private final Clock clock;

    public OverviewService(@RestClient SharingClient sharing, @RestClient BreachClient breaches,
                           @RestClient ConsentClient consent, Clock clock) {
        this.sharing = sharing;
        this.breaches = breaches;
        this.consent = consent;
        this.clock = clock;
    }

    /** Recipients of withdrawn data who have not answered yet: escalated (overdue) first, then the oldest. */
    public PanelResult<Propagation> propagations() {
        return read("sharing-service", () -> sharing.notifications(true, PANEL_SIZE), page -> page.items().stream()
                .map(n -> new Propagation(n, n.escalatedAt() != null))
                .sorted(Comparator.comparing((Propagation p) -> !p.overdue())
                        .thenComparing(p -> p.notification().notifiedAt(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    /** Shares the rules held for the DPO, oldest first. */
    public PanelResult<SharingClient.ShareRequest> awaitingDpo() {
        return read("sharing-service", () -> sharing.shareRequests("AWAITING_DPO", PANEL_SIZE), page -> page.items()
                .stream().sorted(Comparator.comparing(SharingClient.ShareRequest::requestedAt,
                        Comparator.nullsLast(Comparator.naturalOrder()))).toList());
    }

    /** Breaches not closed, the nearest ICO deadline first, with the 72-hour countdown. */
    public PanelResult<OpenBreach> openBreaches() {
        return read("breach-service", () -> breaches.breaches(PANEL_SIZE), page -> page.items().stream()
                .filter(b -> b.closedAt() == null)
                .map(b -> new OpenBreach(b, countdown(b.clock())))
                .sorted(Comparator.comparing(OpenBreach::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    /** Subject access requests, fewest days left first. */
    public PanelResult<SubjectAccess> subjectAccessRequests() {
        return read("consent-service", () -> consent.subjectAccessRequests(PANEL_SIZE), page -> page.items().stream()
                .map(r -> new SubjectAccess(r, LondonTime.daysLeft(r.dueDate(), clock)))
                .sorted(Comparator.comparingLong(SubjectAccess::daysLeft))
                .toList());
    }

    private static String countdown(org.infoshare.dashboard.client.BreachClient.Clock breachClock) {
        if (breachClock == null || !breachClock.running()) {
            return "clock stopped";
        }
        try {
            return LondonTime.countdown(Duration.parse(breachClock.timeLeft()));
        } catch (DateTimeParseException | NullPointerException e) {
            return "";
        }
    }

    private static <T, R> PanelResult<R> read(String service, Supplier<Page<T>> call, Function<Page<T>, List<R>> rows) {
        try {
            Page<T> page = call.get();
            return PanelResult.of(rows.apply(page), page.total());
        } catch (ClientWebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 401) {
                throw e; // the session ended: the page as a whole signs in again
            }
            return PanelResult.failed(status == 403 ? service + " does not show this to your role"
                    : service + " answered with status " + status);
        } catch (ProcessingException e) {
            return PanelResult.failed(service + " could not be reached");
        }
    }

    /** A recipient notification still waiting for its answer. */
    @io.quarkus.qute.TemplateData
    public record Propagation(SharingClient.Notification notification, boolean overdue) {
    }

    /** An open breach with its countdown to the ICO deadline. */
    @io.quarkus.qute.TemplateData
    public record OpenBreach(BreachClient.Breach breach, String countdown) {
        Instant deadline() {
            return breach.clock() == null ? null : breach.clock().deadline();
        }

        public boolean overdue() {
            return breach.clock() != null && breach.clock().overdue();
        }
    }

    /** A subject access request and the days left to answer it. */
    @io.quarkus.qute.TemplateData
    public record SubjectAccess(ConsentClient.SubjectAccessRequest request, long daysLeft) {
        public long overdueDays() {
            return Math.max(0, -daysLeft);
        }
    }
}
