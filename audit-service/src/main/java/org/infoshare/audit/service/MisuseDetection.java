package org.infoshare.audit.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.config.AuditConfig;
import org.infoshare.audit.domain.misuse.BulkReadRule;
import org.infoshare.audit.domain.misuse.Finding;
import org.infoshare.audit.domain.misuse.MisuseRule;
import org.infoshare.audit.domain.misuse.NoCaseRule;
import org.infoshare.audit.domain.misuse.OutOfHoursRule;
import org.infoshare.audit.domain.misuse.Read;
import org.infoshare.audit.domain.misuse.WorkingHours;
import org.infoshare.audit.persistence.MisuseStore;
import org.infoshare.events.EventType;
import org.infoshare.events.audit.MisuseReported;
import org.infoshare.messaging.jobs.JobLock;
import org.infoshare.messaging.outbox.Outbox;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * P15.2: looks for unusual access in the trail, a set-based pass at a time. Each rule keeps a
 * cursor (the last leaf index it evaluated); a pass reads the reads of personal data after it,
 * applies the rule, raises a report (and its {@code misuse-reported} event, through the outbox)
 * or adds to the open one of the same rule, user and window, and moves the cursor, all in one
 * transaction that holds the job's lock. So two instances never evaluate the same entries, and a
 * redelivered event, which the trail keeps once by its id, is never read twice: no duplicate
 * report. The no-case rule judges a read only once it has been in the trail for the grace
 * period, so a request made just after the read still counts.
 */
@ApplicationScoped
public class MisuseDetection {

    static final String JOB = "audit-misuse-detection";
    private static final Logger LOG = Logger.getLogger(MisuseDetection.class);

    private final MisuseStore store;
    private final Outbox outbox;
    private final JobLock jobLock;
    private final Clock clock;
    private final int batchSize;
    private final BulkReadRule bulk;
    private final OutOfHoursRule outOfHours;
    private final NoCaseRule noCase;
    private final List<String> readTypes;
    private final List<String> caseTypes;

    public MisuseDetection(MisuseStore store, Outbox outbox, JobLock jobLock, Clock clock, AuditConfig config) {
        this.store = store;
        this.outbox = outbox;
        this.jobLock = jobLock;
        this.clock = clock;
        AuditConfig.Misuse misuse = config.misuse();
        this.batchSize = misuse.batchSize();
        this.bulk = new BulkReadRule(misuse.bulk().threshold(), misuse.bulk().window());
        WorkingHours hours = new WorkingHours(Set.copyOf(misuse.hours().days()), misuse.hours().start(),
                misuse.hours().end(), misuse.hours().zone(), Set.copyOf(misuse.hours().bankHolidays().orElse(List.of())));
        this.outOfHours = new OutOfHoursRule(hours);
        this.noCase = new NoCaseRule(misuse.noCase().lookback(), misuse.noCase().grace(), hours);
        this.readTypes = List.of(EventType.PERSONAL_DATA_ACCESSED.cloudEventType());
        this.caseTypes = misuse.noCase().caseTypes().stream().map(EventType::fromTypeName)
                .map(EventType::cloudEventType).toList();
    }

    @Scheduled(every = "${infoshare.audit.misuse.evaluate-every}", delayed = "${infoshare.audit.misuse.evaluate-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return evaluate().replaceWithVoid().onFailure().recoverWithItem(error -> {
            LOG.errorf("Misuse detection pass failed, the next one carries on: %s", error.getMessage());
            return null;
        });
    }

    /** One pass of every rule; returns how many reports it raised (0 when another instance ran it). */
    public Uni<Integer> evaluate() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return jobLock.inTransaction(JOB, () -> pass(MisuseRule.BULK_READS, now, now)
                        .chain(raised -> pass(MisuseRule.OUT_OF_HOURS, now, now).map(more -> raised + more))
                        .chain(raised -> pass(MisuseRule.NO_CASE, now, now.minus(noCase.grace()))
                                .map(more -> raised + more)))
                .map(raised -> raised.orElse(0));
    }

    private Uni<Integer> pass(MisuseRule rule, Instant now, Instant settledBy) {
        return store.cursor(rule).chain(cursor -> store.upperBound(cursor, batchSize, settledBy).chain(upTo -> upTo <= cursor
                ? Uni.createFrom().item(0)
                : store.reads(readTypes, cursor, upTo)
                        .chain(reads -> findings(rule, reads, upTo))
                        .chain(findings -> raise(findings, now))
                        .call(() -> store.advance(rule, upTo))));
    }

    private Uni<List<Finding>> findings(MisuseRule rule, List<Read> reads, long upTo) {
        if (reads.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return switch (rule) {
            case OUT_OF_HOURS -> Uni.createFrom().item(outOfHours.findings(reads));
            case NO_CASE -> noCaseFindings(reads);
            case BULK_READS -> bulkFindings(reads, upTo);
        };
    }

    /** Each user's new reads with their reads around them, so a burst that began earlier is seen whole. */
    private Uni<List<Finding>> bulkFindings(List<Read> reads, long upTo) {
        Map<String, List<Read>> byActor = reads.stream().collect(Collectors.groupingBy(Read::actorId));
        Set<Long> fresh = reads.stream().map(Read::seq).collect(Collectors.toSet());
        List<Finding> all = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var entry : byActor.entrySet()) {
            Instant from = entry.getValue().stream().map(Read::at).min(Comparator.naturalOrder()).orElseThrow()
                    .minus(bulk.window());
            Instant to = entry.getValue().stream().map(Read::at).max(Comparator.naturalOrder()).orElseThrow()
                    .plus(bulk.window());
            chain = chain.chain(() -> store.readsBy(entry.getKey(), readTypes, from, to, upTo))
                    .invoke(around -> bulk.findings(entry.getKey(), around).stream()
                            .filter(finding -> finding.reads().stream().anyMatch(read -> fresh.contains(read.seq())))
                            .forEach(all::add))
                    .replaceWithVoid();
        }
        return chain.replaceWith(all);
    }

    private Uni<List<Finding>> noCaseFindings(List<Read> reads) {
        Set<String> subjects = reads.stream().map(Read::subjectId).collect(Collectors.toSet());
        Instant from = reads.stream().map(Read::at).min(Comparator.naturalOrder()).orElseThrow().minus(noCase.lookback());
        Instant to = reads.stream().map(Read::at).max(Comparator.naturalOrder()).orElseThrow().plus(noCase.grace());
        return store.caseTimes(subjects, caseTypes, from, to).map(times -> noCase.findings(reads, times));
    }

    /** A finding joins the open report of its rule, user and window, else raises a new one (and its event). */
    private Uni<Integer> raise(List<Finding> findings, Instant now) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (Finding finding : findings) {
            chain = chain.chain(raised -> store.openReportFor(finding).chain(open -> open.isPresent()
                    ? store.extendReport(open.get(), finding).replaceWith(raised)
                    : raiseNew(finding, now).replaceWith(raised + 1)));
        }
        return chain;
    }

    private Uni<Void> raiseNew(Finding finding, Instant now) {
        UUID id = UUID.randomUUID();
        return store.insertReport(id, finding, now)
                .chain(() -> store.find(id, false))
                .chain(report -> outbox.append(new MisuseReported(id, finding.rule().code(), finding.actorId(),
                        report.orElseThrow().subjectCount(), finding.firstReadAt(), finding.lastReadAt(), now)))
                .invoke(() -> LOG.infof("Misuse report %s raised (%s)", id, finding.rule().code()))
                .replaceWithVoid();
    }
}
