package org.infoshare.consent.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.messaging.jobs.JobLock;

import java.util.Optional;

/**
 * P12.2: looks for subject access requests at their deadline with a service's part missing and
 * escalates them to the DPO. Under the job lock, so one instance runs it however many replicas fire.
 */
@ApplicationScoped
public class SubjectAccessEscalationJob {

    static final String JOB = "subject-access-missing-parts";
    private static final int BATCH = 200;

    private final SubjectAccessAnswerService answers;
    private final JobLock jobLock;

    public SubjectAccessEscalationJob(SubjectAccessAnswerService answers, JobLock jobLock) {
        this.answers = answers;
        this.jobLock = jobLock;
    }

    @Scheduled(identity = "subject-access-missing-parts", every = "${infoshare.subject-access.escalation-every}",
            delayed = "${infoshare.subject-access.escalation-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return check().replaceWithVoid();
    }

    /** One pass; empty when another instance holds the lock. Also the tests' door. */
    public Uni<Optional<Integer>> check() {
        return jobLock.inTransaction(JOB, () -> answers.escalateDue(BATCH));
    }
}
