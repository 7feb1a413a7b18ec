package org.infoshare.audit.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.domain.misuse.MisuseReport;
import org.infoshare.audit.domain.misuse.ReportStatus;
import org.infoshare.audit.persistence.MisuseStore;
import org.infoshare.events.audit.MisuseDismissed;
import org.infoshare.events.audit.MisuseEscalated;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The DPO's side of P15.2: open reports, the reads behind one (from the trail), and the decision:
 * dismiss with a reason, or escalate to a suspected breach, which travels to breach-service as
 * {@code misuse-escalated} through the outbox. The decision and its event commit together, on a
 * locked row: a report is decided once (a second decision is 409).
 */
@ApplicationScoped
public class MisuseReports {

    /** One read behind a report: its leaf index, the pseudonymous subject, the event and when (from the trail). */
    public record ReportRead(long seq, String subjectId, String eventId, String source, Instant occurredAt) {
    }

    private final MisuseStore store;
    private final Outbox outbox;
    private final Clock clock;

    public MisuseReports(MisuseStore store, Outbox outbox, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<MisuseReport>> list(ReportStatus status, int page, int size) {
        return Page.of(store.list(status, page, size), () -> store.count(status), page, size);
    }

    @WithSession
    public Uni<MisuseReport> find(UUID id) {
        return store.find(id, false).map(found -> found.orElseThrow(() -> notFound(id)));
    }

    @WithSession
    public Uni<List<ReportRead>> reads(UUID id, int page, int size) {
        return store.readsOf(id, page, size).map(rows -> rows.stream().map(row -> new ReportRead(
                ((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                row[4] == null ? null : MisuseStore.micros(row[4]))).toList());
    }

    @WithTransaction
    public Uni<MisuseReport> dismiss(UUID id, String dpo, String reason) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return decide(id, ReportStatus.DISMISSED, dpo, now, reason)
                .call(report -> outbox.append(new MisuseDismissed(id, dpo, now)));
    }

    @WithTransaction
    public Uni<MisuseReport> escalate(UUID id, String dpo, String note) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return decide(id, ReportStatus.ESCALATED, dpo, now, note)
                .call(report -> outbox.append(new MisuseEscalated(id, report.rule().code(), report.actorId(),
                        report.subjectCount(), report.firstReadAt(), report.lastReadAt(), dpo, now)));
    }

    private Uni<MisuseReport> decide(UUID id, ReportStatus status, String dpo, Instant now, String note) {
        return store.find(id, true).chain(found -> {
            MisuseReport report = found.orElseThrow(() -> notFound(id));
            if (report.status() != ReportStatus.OPEN) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.CONFLICT,
                        "misuse report " + id + " was already " + report.status().name().toLowerCase()));
            }
            return store.decide(id, status, dpo, now, note)
                    .chain(() -> store.find(id, false)).map(after -> after.orElseThrow());
        });
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(ProblemType.NOT_FOUND, "no misuse report " + id);
    }
}
