package org.infoshare.sharing.service;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.consent.LegalDisclosureHandedOver;
import org.infoshare.messaging.inbox.IdempotentConsumer;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.domain.LegalDisclosure;
import org.infoshare.sharing.domain.LegalDisclosureDraft;
import org.infoshare.sharing.domain.LegalDisclosureRules;
import org.infoshare.rules.RuleResult;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.persistence.LegalDisclosureRepository;
import org.infoshare.web.Page;
import org.infoshare.web.Problem;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * P2.1: one-off disclosures under a legal duty. The DPO's decision is checked by every rule; a
 * refusal is a 422 naming the rules, and nothing is stored or announced. What passes is recorded
 * and {@code legal-disclosure-approved} asks consent-service for the package, in one transaction.
 * consent-service's {@code legal-disclosure-handed-over} completes it.
 */
@ApplicationScoped
public class LegalDisclosureService {

    static final String CONSUMER = "sharing-legal-disclosure";
    private static final Logger LOG = Logger.getLogger(LegalDisclosureService.class);

    private final LegalDisclosureRepository disclosures;
    private final IdempotentConsumer idempotent;
    private final Outbox outbox;
    private final Clock clock;

    public LegalDisclosureService(LegalDisclosureRepository disclosures, IdempotentConsumer idempotent, Outbox outbox,
                                  Clock clock) {
        this.disclosures = disclosures;
        this.idempotent = idempotent;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<LegalDisclosure> record(LegalDisclosureDraft draft, String decidedBy) {
        List<RuleResult> refusals = LegalDisclosureRules.refusals(LegalDisclosureRules.check(draft));
        if (!refusals.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(Problem.refusedBy(ProblemType.UNPROCESSABLE,
                    refusals.stream().map(RuleResult::toString).collect(Collectors.joining("; ")),
                    refusals.stream().map(RuleResult::ruleId).distinct().toList())));
        }
        LegalDisclosure disclosure = LegalDisclosure.decided(UUID.randomUUID(), draft, decidedBy, clock.instant());
        return disclosures.add(disclosure)
                .chain(() -> outbox.append(SharingEventMapper.legalDisclosureApproved(disclosure)))
                .replaceWith(disclosure);
    }

    /** consent-service's answer: applied once per event, and once per disclosure. */
    @WithTransaction
    public Uni<Void> handedOver(CloudEvent envelope, LegalDisclosureHandedOver event) {
        return idempotent.applyOnce(CONSUMER, envelope, () -> disclosures.complete(event.disclosureId(),
                        event.channel(), event.recordedBy(), event.handedOverAt())
                .invoke(completed -> {
                    if (!completed) {
                        LOG.infof("hand-over of legal disclosure %s changed nothing (unknown or completed already)",
                                event.disclosureId());
                    }
                })
                .replaceWithVoid()).replaceWithVoid();
    }

    @WithSession
    public Uni<Optional<LegalDisclosure>> find(UUID id) {
        return disclosures.find(id);
    }

    @WithSession
    public Uni<Page<LegalDisclosure>> newestFirst(int page, int size) {
        return Page.of(disclosures.newestFirst(page, size), disclosures::count, page, size);
    }
}
