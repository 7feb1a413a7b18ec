package org.infoshare.audit.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.domain.Capture;
import org.infoshare.audit.domain.Checkpoint;
import org.infoshare.audit.domain.RecordedEntry;
import org.infoshare.audit.domain.TrailQuery;
import org.infoshare.audit.persistence.TrailRepository;
import org.infoshare.audit.persistence.TrailStore;
import org.infoshare.web.Page;

import java.util.Optional;

/** Capture into the trail, and the auditors' reads of it (X1, P6.1). */
@ApplicationScoped
public class TrailService {

    /** Entries read per query while exporting. */
    private static final int EXPORT_PAGE = 1000;

    private final TrailRepository trail;
    private final TrailStore store;
    private final TrailAppender appender;

    public TrailService(TrailRepository trail, TrailStore store, TrailAppender appender) {
        this.trail = trail;
        this.store = store;
        this.appender = appender;
    }

    /** Completes when the entry is committed (or the event was captured before). */
    public Uni<Void> record(Capture capture) {
        return appender.submit(capture);
    }

    /** Completes when the appender has room for more: the consumers' back-pressure. */
    public Uni<Void> room() {
        return appender.room();
    }

    @WithSession
    public Uni<Page<RecordedEntry>> find(TrailQuery query, int page, int size) {
        return Page.of(trail.find(query, false, page, size), () -> trail.count(query), page, size);
    }

    /** Everything that happened to one pseudonymous subject, in order of occurrence (P12.2 answers use it). */
    @WithSession
    public Uni<Page<RecordedEntry>> timeline(String subject, int page, int size) {
        TrailQuery query = TrailQuery.subject(subject);
        return Page.of(trail.find(query, true, page, size), () -> trail.count(query), page, size);
    }

    /**
     * Entries from leaf index {@code fromSeq} on, in trail order, at most {@code limit}: read a page
     * at a time as the client takes them (back-pressure), so an export holds one page in memory.
     */
    public Multi<RecordedEntry> export(long fromSeq, int limit) {
        long[] next = {fromSeq};
        long[] left = {limit};
        return Multi.createBy().repeating()
                .uni(() -> store.read(next[0], Long.MAX_VALUE, (int) Math.min(EXPORT_PAGE, left[0]))
                        .invoke(page -> {
                            if (!page.isEmpty()) {
                                next[0] = page.get(page.size() - 1).entry().seq() + 1;
                                left[0] -= page.size();
                            }
                        }))
                .whilst(page -> page.size() == EXPORT_PAGE && left[0] > 0)
                .onItem().disjoint();
    }

    /** One page of the signed checkpoints by tree size. */
    public Uni<Page<Checkpoint>> checkpoints(int page, int size) {
        return Page.of(store.checkpointPage(page, size), store::checkpointCount, page, size);
    }

    public Uni<Optional<Checkpoint>> latestCheckpoint() {
        return store.lastCheckpoint();
    }
}
