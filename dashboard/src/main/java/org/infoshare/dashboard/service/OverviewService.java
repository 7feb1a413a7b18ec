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
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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
    /** How far ahead a protocol's review counts as due. */
    static final Period REVIEW_NOTICE = Period.ofDays(30);
    static final int PROTOCOLS_READ = 200;
    static final int CONFLICTS_READ = 200;

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

    /** Consents the platform marked due for re-confirmation (their person has been asked), longest due first. */
    public PanelResult<Reconfirmation> reconfirmations() {
        return read("consent-service", () -> consent.consents("RECONFIRMATION_DUE", PANEL_SIZE), page -> page.items()
                .stream().map(c -> new Reconfirmation(c, c.reconfirmationDueAt() == null ? 0
                        : -LondonTime.daysLeft(c.reconfirmationDueAt().atZone(LondonTime.LONDON).toLocalDate(), clock)))
                .sorted(Comparator.comparing((Reconfirmation r) -> r.consent().reconfirmationDueAt(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    /**
     * Agreed protocols whose review date has passed or falls within {@link #REVIEW_NOTICE}, the
     * soonest first. sharing-service lists protocols without a review filter, so the panel reads the
     * first {@link #PROTOCOLS_READ} (an organisation has a protocol per partner and purpose, far fewer).
     */
    public PanelResult<ProtocolDue> protocolsDue() {
        LocalDate today = LocalDate.now(clock.withZone(LondonTime.LONDON));
        return readFiltered("sharing-service", () -> sharing.protocols(PROTOCOLS_READ), page -> page.items().stream()
                .filter(p -> "AGREED".equals(p.status()) && p.reviewDate() != null
                        && !p.reviewDate().isAfter(today.plus(REVIEW_NOTICE)))
                .map(p -> new ProtocolDue(p, LondonTime.daysLeft(p.reviewDate(), clock)))
                .sorted(Comparator.comparing(d -> d.protocol().reviewDate()))
                .toList());
    }

    /** Conflicts with the law partners declared that the DPO has not resolved yet (P5.1), the oldest first. */
    public PanelResult<SharingClient.Conflict> openConflicts() {
        return readFiltered("sharing-service", () -> sharing.conflicts(CONFLICTS_READ), page -> page.items().stream()
                .filter(SharingClient.Conflict::open)
                .sorted(Comparator.comparing(SharingClient.Conflict::declaredAt,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    /**
     * What the platform escalates, the longest overdue first: recipients who have not answered a
     * withdrawal in time (sharing-service marks them escalated), breaches past the ICO's 72 hours,
     * subject access requests past their due date. Each source stands alone: one unreachable
     * service leaves the others listed.
     */
    public Escalations escalations() {
        List<Escalation> items = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        collect(read("sharing-service", () -> sharing.escalatedNotifications(true, true, PANEL_SIZE),
                page -> page.items().stream().map(n -> new Escalation("Withdrawal not answered",
                        n.partnerId() + " has not answered the withdrawal of consent " + n.consentId(),
                        n.escalatedAt(), "/withdrawals/" + n.consentId())).toList()), items, unavailable);
        collect(read("breach-service", () -> breaches.breaches(PANEL_SIZE), page -> page.items().stream()
                .filter(b -> b.closedAt() == null && b.icoReportedAt() == null && b.clock() != null && b.clock().overdue())
                .map(b -> new Escalation("Breach past the ICO deadline",
                        "Breach known since " + LondonTime.time(b.awareAt()) + ", not reported to the ICO",
                        b.clock().deadline(), null)).toList()), items, unavailable);
        collect(read("consent-service", () -> consent.subjectAccessRequests(PANEL_SIZE), page -> page.items().stream()
                .filter(r -> r.dueDate() != null && LondonTime.daysLeft(r.dueDate(), clock) < 0
                        && !"PAUSED".equals(r.status()))
                .map(r -> new Escalation("Subject access request overdue", "Received "
                        + LondonTime.time(r.receivedAt()) + ", due " + LondonTime.date(r.dueDate()),
                        r.dueDate().plusDays(1).atStartOfDay(LondonTime.LONDON).toInstant(), null)).toList()),
                items, unavailable);
        items.sort(Comparator.comparing(Escalation::since, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Escalations(List.copyOf(items), List.copyOf(unavailable));
    }

    private static void collect(PanelResult<Escalation> source, List<Escalation> items, List<String> unavailable) {
        if (source.unavailable() != null) {
            unavailable.add(source.unavailable());
        }
        items.addAll(source.items());
    }

    /** A panel whose rows are a filter of what the service listed: the total is what passed the filter. */
    private static <T, R> PanelResult<R> readFiltered(String service, Supplier<Page<T>> call,
                                                      Function<Page<T>, List<R>> rows) {
        PanelResult<R> read = read(service, call, rows);
        return read.unavailable() != null ? read : PanelResult.of(read.items(), read.items().size());
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

    /** A consent due for re-confirmation and the days since it fell due. */
    @io.quarkus.qute.TemplateData
    public record Reconfirmation(ConsentClient.Consent consent, long daysOverdue) {
    }

    /** An agreed protocol whose review is due, with the days left to its review date (negative once passed). */
    @io.quarkus.qute.TemplateData
    public record ProtocolDue(SharingClient.Protocol protocol, long daysLeft) {
        public long overdueDays() {
            return Math.max(0, -daysLeft);
        }
    }

    /** Something the platform escalates: what kind, what in words (no person named), since when, where to look. */
    @io.quarkus.qute.TemplateData
    public record Escalation(String kind, String what, Instant since, String link) {
    }

    /** The escalations, and which services could not be asked. */
    @io.quarkus.qute.TemplateData
    public record Escalations(List<Escalation> items, List<String> unavailable) {
        public boolean empty() {
            return items.isEmpty() && unavailable.isEmpty();
        }
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
