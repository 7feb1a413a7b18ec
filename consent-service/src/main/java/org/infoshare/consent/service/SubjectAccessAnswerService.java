package org.infoshare.consent.service;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.ConsentEventMapper;
import org.infoshare.consent.domain.MissingPartEscalationRule;
import org.infoshare.consent.domain.PersonalDataRead;
import org.infoshare.consent.domain.SubjectAccessAnswer;
import org.infoshare.consent.domain.SubjectAccessAnswerRule;
import org.infoshare.consent.domain.SubjectAccessAnswerState;
import org.infoshare.consent.domain.SubjectAccessDeadline;
import org.infoshare.consent.domain.SubjectAccessPart;
import org.infoshare.consent.domain.SubjectAccessParts;
import org.infoshare.consent.domain.SubjectAccessRequest;
import org.infoshare.consent.domain.SubjectFile;
import org.infoshare.consent.persistence.ConsentRepository;
import org.infoshare.consent.persistence.SubjectAccessAnswerRepository;
import org.infoshare.consent.persistence.SubjectAccessRequestRepository;
import org.infoshare.consent.persistence.VaultRepository;
import org.infoshare.events.subjectaccess.SubjectAccessPartPrepared;
import org.infoshare.events.vocabulary.SubjectAccessStep;
import org.infoshare.messaging.inbox.IdempotentConsumer;
import org.infoshare.messaging.inbox.RefusedEventException;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.rules.RuleResult;
import org.infoshare.web.Problem;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * P12.2: one assembled subject access answer. The other services' parts arrive by event (never by a
 * call) and are kept once each; the DPO reads the answer (this service's own part from the vault and
 * its consents, every other part with its completeness), reviews it and releases it once. A part
 * still missing at the deadline is escalated, once, with an event.
 */
@ApplicationScoped
public class SubjectAccessAnswerService {

    static final String CONSUMER = "consent-subject-access-parts";
    private static final Logger LOG = Logger.getLogger(SubjectAccessAnswerService.class);
    private static final String SOURCE_PREFIX = "urn:infoshare:";

    private final SubjectAccessRequestRepository requests;
    private final SubjectAccessAnswerRepository answers;
    private final VaultRepository vault;
    private final ConsentRepository consents;
    private final IdempotentConsumer idempotent;
    private final Outbox outbox;
    private final Clock clock;

    public SubjectAccessAnswerService(SubjectAccessRequestRepository requests, SubjectAccessAnswerRepository answers,
                                      VaultRepository vault, ConsentRepository consents, IdempotentConsumer idempotent,
                                      Outbox outbox, Clock clock) {
        this.requests = requests;
        this.answers = answers;
        this.vault = vault;
        this.consents = consents;
        this.idempotent = idempotent;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Keeps a service's part, once: a redelivered event and a second part from the same service
     * change nothing. A part naming another service than its source, or a request this service never
     * verified, is refused (dead-lettered), never stored.
     */
    @WithTransaction
    public Uni<Void> partPrepared(CloudEvent envelope, SubjectAccessPartPrepared part) {
        String source = String.valueOf(envelope.getSource());
        if (!source.equals(SOURCE_PREFIX + part.service()) || !SubjectAccessParts.expected(part.service())) {
            return Uni.createFrom().failure(new RefusedEventException("event " + envelope.getId()
                    + " carries the part of " + part.service() + " but comes from " + source));
        }
        return idempotent.applyOnce(CONSUMER, envelope, () -> requests.find(part.requestId()).chain(found -> {
            if (found.isEmpty() || !found.get().identityVerified()
                    || !found.get().subjectId().equals(part.subjectId())) {
                return Uni.createFrom().failure(new RefusedEventException("event " + envelope.getId()
                        + " answers request " + part.requestId() + ", which is not a verified request of its subject"));
            }
            return answers.addPart(new SubjectAccessPart(part.requestId(), part.service(), part.completeness(),
                            part.omittedRecords(), part.records(), part.preparedAt(), clock.instant()))
                    .invoke(stored -> {
                        if (!stored) {
                            LOG.debugf("request %s already has the part of %s", part.requestId(), part.service());
                        }
                    }).replaceWithVoid();
        })).replaceWithVoid();
    }

    /**
     * The assembled answer. Refused until the requester's identity is verified; reading the vault
     * for it is recorded as personal-data-accessed.
     */
    @WithTransaction
    public Uni<SubjectAccessAnswer> answer(UUID id, String actorId, String actorRole) {
        return requests.find(id).map(found -> found.orElseThrow(() -> notFound(id))).chain(request -> {
            if (!request.identityVerified()) {
                return Uni.createFrom().failure(refusal(RuleResult.refuseInState(SubjectAccessAnswerRule.ID,
                        "nothing is released before the requester's identity is verified")));
            }
            return assemble(request).call(() -> outbox.append(ConsentEventMapper.accessed(new PersonalDataRead(
                    request.subjectId(), actorId, actorRole, "subject access request " + id,
                    PersonalDataRead.SUBJECT_ACCESS_ANSWER), clock.instant())));
        });
    }

    /** The DPO has read the assembled answer through; needs every part. */
    @WithTransaction
    public Uni<SubjectAccessAnswer> review(UUID id, String actorId) {
        return locked(id).chain(answer -> {
            SubjectAccessAnswerRule.review(answer).ifPresent(why -> {
                throw refusal(why);
            });
            SubjectAccessAnswerState reviewed = answer.state().reviewedBy(actorId, clock.instant());
            return answers.save(reviewed)
                    .chain(() -> outbox.append(ConsentEventMapper.subjectAccessProgressed(answer.request(),
                            SubjectAccessStep.ANSWER_REVIEWED, clock.instant(), List.of())))
                    .replaceWith(new SubjectAccessAnswer(answer.request(), answer.consentPart(), answer.parts(), reviewed));
        });
    }

    /** Releases the reviewed answer to the person, once: the second release is refused (409). */
    @WithTransaction
    public Uni<SubjectAccessAnswer> release(UUID id, String actorId) {
        return locked(id).chain(answer -> {
            SubjectAccessAnswerRule.release(answer).ifPresent(why -> {
                throw refusal(why);
            });
            SubjectAccessAnswerState released = answer.state().releasedBy(actorId, clock.instant());
            return answers.save(released)
                    .chain(() -> outbox.append(ConsentEventMapper.subjectAccessProgressed(answer.request(),
                            SubjectAccessStep.ANSWER_RELEASED, clock.instant(), List.of())))
                    .replaceWith(new SubjectAccessAnswer(answer.request(), answer.consentPart(), answer.parts(), released));
        });
    }

    /**
     * Escalates every request at its deadline with a part missing, once each, in one transaction
     * (the caller holds the job lock); returns how many were escalated.
     */
    public Uni<Integer> escalateDue(int limit) {
        LocalDate today = clock.instant().atZone(SubjectAccessDeadline.ORGANISATION_ZONE).toLocalDate();
        return answers.dueWithPartsMissing(today, limit).chain(ids -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (UUID id : ids) {
                chain = chain.chain(count -> escalate(id, today).map(done -> done ? count + 1 : count));
            }
            return chain;
        });
    }

    private Uni<Boolean> escalate(UUID id, LocalDate today) {
        return requests.findForUpdate(id).chain(found -> found.isEmpty() ? Uni.createFrom().item(false)
                : answers.parts(id).chain(parts -> answers.state(id).chain(state -> {
                    Optional<RuleResult> referral = MissingPartEscalationRule.atDeadline(found.get(), parts, state, today);
                    if (referral.isEmpty()) {
                        return Uni.createFrom().item(false);
                    }
                    List<String> missing = SubjectAccessParts.missing(parts);
                    Instant now = clock.instant();
                    LOG.warnf("P12.2 subject access request %s reached its deadline without the part of %s: escalated to the DPO",
                            id, String.join(", ", missing));
                    return answers.save(state.escalatedAt(now, missing))
                            .chain(() -> outbox.append(ConsentEventMapper.subjectAccessProgressed(found.get(),
                                    SubjectAccessStep.PARTS_MISSING_ESCALATED, now, missing)))
                            .replaceWith(true);
                })));
    }

    /** The answer read with the request's row locked, so two reviews or releases run one after the other. */
    private Uni<SubjectAccessAnswer> locked(UUID id) {
        return requests.findForUpdate(id).map(found -> found.orElseThrow(() -> notFound(id))).chain(this::assemble);
    }

    private Uni<SubjectAccessAnswer> assemble(SubjectAccessRequest request) {
        String subjectId = request.subjectId();
        return vault.find(subjectId).chain(subject -> consents.bySubject(subjectId)
                .chain(held -> requests.bySubject(subjectId)
                        .map(all -> new SubjectFile(subject.orElseThrow(), held, all))))
                .chain(file -> answers.parts(request.id()).chain(parts -> answers.state(request.id())
                        .map(state -> new SubjectAccessAnswer(request, file, parts, state))));
    }

    private static ProblemException refusal(RuleResult why) {
        return new ProblemException(Problem.refusedBy(ProblemType.CONFLICT, why.describe(), List.of(why.ruleId())));
    }

    private static ProblemException notFound(UUID id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No subject access request " + id);
    }
}
