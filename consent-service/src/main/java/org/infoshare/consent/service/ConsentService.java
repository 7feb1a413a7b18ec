package org.infoshare.consent.service;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infoshare.consent.domain.Capture;
import org.infoshare.consent.domain.Consent;
import org.infoshare.consent.domain.ConsentScope;
import org.infoshare.consent.domain.ConsentState;
import org.infoshare.consent.domain.InformationSheet;
import org.infoshare.consent.domain.InformedConsentRule;
import org.infoshare.consent.domain.LawfulBasisRule;
import org.infoshare.consent.domain.ProxyAuthority;
import org.infoshare.consent.domain.ProxyIdentity;
import org.infoshare.consent.domain.ProxyConsentRule;
import org.infoshare.consent.domain.Withdrawal;
import org.infoshare.consent.domain.WithdrawalRule;
import org.infoshare.consent.domain.ConsentEventMapper;
import org.infoshare.consent.persistence.ConsentRepository;
import org.infoshare.consent.persistence.InformationSheetRepository;
import org.infoshare.consent.persistence.VaultRepository;
import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.ReconfirmationReason;
import org.infoshare.messaging.inbox.IdempotentConsumer;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.Page;
import org.infoshare.web.Problem;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.infoshare.rules.RuleResult;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The consent lifecycle. Only an explicit recorded act creates, re-confirms or withdraws a
 * consent (P6.6), and each commits together with the event that announces it.
 */
@ApplicationScoped
public class ConsentService {

    private final ConsentRepository consents;
    private final InformationSheetRepository sheets;
    private final VaultRepository vault;
    private final Outbox outbox;
    private final IdempotentConsumer idempotent;
    private final Clock clock;
    private final int defaultReconfirmAfterDays;

    static final String SHARE_HELD_CONSUMER = "consent-share-held";

    public ConsentService(ConsentRepository consents, InformationSheetRepository sheets, VaultRepository vault,
                          Outbox outbox, IdempotentConsumer idempotent, Clock clock,
                          @ConfigProperty(name = "infoshare.consent.reconfirm-after-days") int defaultReconfirmAfterDays) {
        this.consents = consents;
        this.sheets = sheets;
        this.vault = vault;
        this.outbox = outbox;
        this.idempotent = idempotent;
        this.clock = clock;
        this.defaultReconfirmAfterDays = defaultReconfirmAfterDays;
    }

    /** What staff record when a person (or their proxy) consents. */
    public record NewConsent(String subjectId, ConsentScope scope, String handling, LawfulBasis lawfulBasis,
                             Optional<Article9Condition> article9Condition, Capture capture, UUID informationSheetId,
                             Optional<Integer> reconfirmAfterDays, Optional<Instant> expiresAt,
                             Optional<ProxyAuthority> proxy, Optional<ProxyIdentity> proxyIdentity,
                             String contractId) {
    }

    @WithTransaction
    public Uni<Consent> give(NewConsent request) {
        Instant now = clock.instant();
        return vault.find(request.subjectId()).chain(subject -> {
            if (subject.isEmpty()) {
                return Uni.createFrom().failure(unprocessable(List.of("no data subject " + request.subjectId())));
            }
            return sheets.find(request.informationSheetId()).chain(sheet -> {
                List<RuleResult> refusals = new ArrayList<>();
                if (sheet.isEmpty()) {
                    refusals.add(RuleResult.refuse(InformedConsentRule.ID,
                            "consent must point at the information sheet version the person was given"));
                }
                refusals.addAll(InformedConsentRule.problems(request.scope(), request.handling(), request.capture()));
                refusals.addAll(LawfulBasisRule.problems(request.lawfulBasis(), request.article9Condition(),
                        request.scope().dataCategories()));
                refusals.addAll(ProxyConsentRule.problems(subject.get().capacity(), request.proxy(), now));
                List<String> problems = new ArrayList<>(refusals.stream().map(RuleResult::describe).toList());
                if (request.expiresAt().map(expiry -> !expiry.isAfter(now)).orElse(false)) {
                    problems.add("an expiry must lie in the future");
                }
                if (!problems.isEmpty()) {
                    return Uni.createFrom().failure(unprocessable(problems, RuleResult.ids(refusals)));
                }
                Consent consent = create(request, sheet.get(), now);
                Uni<Void> proxyRecorded = request.proxyIdentity()
                        .map(proxy -> vault.addProxy(consent.id(), consent.subjectId(), proxy, now))
                        .orElseGet(() -> Uni.createFrom().voidItem());
                return consents.add(consent, now)
                        .chain(() -> proxyRecorded)
                        .chain(() -> outbox.append(ConsentEventMapper.given(consent)))
                        .replaceWith(consent);
            });
        });
    }

    /**
     * P6.8: applies a withdrawal. Returns the consent and whether anything changed; withdrawing
     * what is already withdrawn records nothing and announces nothing.
     */
    @WithTransaction
    public Uni<WithdrawalOutcome> withdraw(UUID consentId, Withdrawal withdrawal) {
        return locked(consentId).chain(consent -> apply(consent, withdrawal));
    }

    /**
     * As {@link #withdraw}, by the person themselves (issue 13 item 4(a)): a consent that is not
     * theirs is answered as unknown, so the page cannot probe other people's consents.
     */
    @WithTransaction
    public Uni<WithdrawalOutcome> withdrawOwn(String subjectId, UUID consentId, Withdrawal withdrawal) {
        return locked(consentId).chain(consent -> {
            if (!consent.subjectId().equals(subjectId)) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.NOT_FOUND, "No consent " + consentId));
            }
            return apply(consent, withdrawal);
        });
    }

    private Uni<WithdrawalOutcome> apply(Consent consent, Withdrawal withdrawal) {
        Optional<WithdrawalRule.Effect> effect = WithdrawalRule.apply(consent, withdrawal);
        if (effect.isEmpty()) {
            return Uni.createFrom().item(new WithdrawalOutcome(consent, false));
        }
        Consent after = effect.get().consent();
        return consents.update(after, clock.instant())
                .chain(() -> consents.recordWithdrawal(consent.id(), withdrawal))
                .chain(() -> outbox.append(ConsentEventMapper.withdrawn(after, effect.get().whole(),
                        effect.get().withdrawn(), withdrawal)))
                .replaceWith(new WithdrawalOutcome(after, true));
    }

    public record WithdrawalOutcome(Consent consent, boolean changed) {
    }

    /** P6.6: the explicit act that renews a consent; refused for one that has ended. */
    @WithTransaction
    public Uni<Consent> reconfirm(UUID consentId, Capture capture) {
        return locked(consentId).chain(consent -> {
            if (consent.state().isEnded()) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.CONFLICT,
                        "A " + consent.state().name().toLowerCase() + " consent cannot be re-confirmed; record a new consent"));
            }
            Consent after = consent.reconfirmedAt(capture.takenAt());
            Consent announced = new Consent(after.id(), after.subjectId(), after.version(), after.state(), after.scope(),
                    after.handling(), after.lawfulBasis(), after.article9Condition(), capture,
                    after.informationSheetId(), after.informationSheetVersion(), after.reconfirmAfterDays(),
                    after.expiresAt(), after.lastConfirmedAt(), after.proxy(), after.contractId());
            return consents.update(after, clock.instant())
                    .chain(() -> consents.recordReconfirmation(consentId, capture))
                    .chain(() -> outbox.append(ConsentEventMapper.reconfirmed(announced)))
                    .replaceWith(after);
        });
    }

    /**
     * P6.7: sharing-service held a share because the consent is stale; the person is asked to
     * re-confirm. Nothing is extended: the consent only waits for an explicit act.
     */
    @WithTransaction
    public Uni<Void> onShareHeld(CloudEvent decision, UUID consentId, UUID shareRequestId) {
        return idempotent.applyOnce(SHARE_HELD_CONSUMER, decision,
                () -> requestReconfirmation(consentId, shareRequestId)).replaceWithVoid();
    }

    private Uni<Void> requestReconfirmation(UUID consentId, UUID shareRequestId) {
        return consents.findForUpdate(consentId).chain(found -> {
            if (found.isEmpty() || found.get().state().isEnded()) {
                return Uni.createFrom().voidItem();
            }
            Consent consent = found.get();
            Uni<Void> marked = consent.state() == ConsentState.RECONFIRMATION_DUE
                    ? Uni.createFrom().voidItem()
                    : consents.update(consent.withState(ConsentState.RECONFIRMATION_DUE), clock.instant());
            return marked.chain(() -> outbox.append(ConsentEventMapper.reconfirmationRequested(consent,
                    ReconfirmationReason.SHARE_HELD, shareRequestId, clock.instant()))).replaceWithVoid();
        });
    }

    @WithSession
    public Uni<Consent> find(UUID consentId) {
        return existing(consentId);
    }

    @WithSession
    public Uni<Page<Consent>> list(Optional<String> subjectId, Optional<ConsentState> state, Optional<String> contractId,
                                   int page, int size) {
        return Page.of(consents.list(subjectId, state, contractId, page, size),
                () -> consents.count(subjectId, state, contractId), page, size);
    }

    private Uni<Consent> existing(UUID consentId) {
        return consents.find(consentId).map(found -> found.orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No consent " + consentId)));
    }

    /**
     * For a change: the consent as committed, locked until this transaction ends, so a withdrawal,
     * a re-confirmation and the lifecycle sweep of one consent run one after another and each sees
     * the last one's result (a withdrawal is never written over).
     */
    private Uni<Consent> locked(UUID consentId) {
        return consents.findForUpdate(consentId).map(found -> found.orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "No consent " + consentId)));
    }

    private Consent create(NewConsent request, InformationSheet sheet, Instant now) {
        return new Consent(UUID.randomUUID(), request.subjectId(), 1, ConsentState.ACTIVE, request.scope(),
                request.handling(), request.lawfulBasis(), request.article9Condition(), request.capture(),
                sheet.id(), sheet.version(), request.reconfirmAfterDays().orElse(defaultReconfirmAfterDays),
                request.expiresAt(), request.capture().takenAt(), request.proxy(),
                request.contractId());
    }

    private static ProblemException unprocessable(List<String> reasons) {
        return new ProblemException(ProblemType.UNPROCESSABLE, String.join("; ", reasons),
                reasons.stream().map(reason -> new Problem.FieldError("consent", reason)).toList());
    }

    /** As above, naming the policy rules that refused the consent (the problem's {@code rules} member). */
    private static ProblemException unprocessable(List<String> reasons, List<String> rules) {
        if (rules.isEmpty()) {
            return unprocessable(reasons);
        }
        return new ProblemException(Problem.refusedBy(ProblemType.UNPROCESSABLE, String.join("; ", reasons),
                reasons.stream().map(reason -> new Problem.FieldError("consent", reason)).toList(), rules));
    }
}
