package org.infoshare.breach.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.breach.domain.AffectedParties;
import org.infoshare.breach.domain.Breach;
import org.infoshare.breach.domain.BreachLogEntry;
import org.infoshare.breach.persistence.ActionRepository;
import org.infoshare.breach.persistence.AssessmentRepository;
import org.infoshare.breach.persistence.BreachRepository;
import org.infoshare.breach.persistence.IcoReportRepository;
import org.infoshare.breach.persistence.NoticeRepository;
import org.infoshare.breach.persistence.ReleaseProjection;
import org.infoshare.web.Page;

import java.util.List;
import java.util.Optional;

/** Art. 33(5): the internal log of every breach, reportable or not, for the DPO. */
@ApplicationScoped
public class BreachLogService {

    private final BreachRepository breaches;
    private final ReleaseProjection releases;
    private final AssessmentRepository assessments;
    private final IcoReportRepository reports;
    private final ActionRepository actions;
    private final NoticeRepository notices;

    public BreachLogService(BreachRepository breaches, ReleaseProjection releases, AssessmentRepository assessments,
                            IcoReportRepository reports, ActionRepository actions, NoticeRepository notices) {
        this.breaches = breaches;
        this.releases = releases;
        this.assessments = assessments;
        this.reports = reports;
        this.actions = actions;
        this.notices = notices;
    }

    /** One page of the log, newest breach first. */
    @WithSession
    public Uni<Page<BreachLogEntry>> page(Optional<String> contractId, int page, int size) {
        return Page.of(breaches.list(Optional.empty(), contractId, page, size).chain(this::entries),
                () -> breaches.count(Optional.empty(), contractId), page, size);
    }

    /** Every entry, oldest breach first, for the DPO's export; of one contract when given. */
    @WithSession
    public Uni<List<BreachLogEntry>> all(Optional<String> contractId) {
        return breaches.all(contractId).chain(this::entries);
    }

    /** Entries one after the other (sequentially on the one session), for the DPO's export. */
    private Uni<List<BreachLogEntry>> entries(List<Breach> page) {
        return Multi.createFrom().iterable(page)
                .onItem().transformToUniAndConcatenate(this::entry)
                .collect().asList();
    }

    private Uni<BreachLogEntry> entry(Breach breach) {
        var id = breach.report().id();
        return assessments.latest(id).chain(latest -> reports.list(id).chain(made -> actions.list(id)
                .chain(recorded -> releases.trace(id).chain(traced -> notices.count(id)
                        .map(count -> BreachLogEntry.of(breach, latest, made, recorded,
                                AffectedParties.of(traced, breach.report().dataCategories()), count.sent()))))));
    }
}
