package org.infoshare.consent.service;

import io.cloudevents.CloudEvent;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.ConsentEventMapper;
import org.infoshare.consent.domain.DataSubject;
import org.infoshare.consent.domain.Identity;
import org.infoshare.consent.domain.LegalDisclosurePackage;
import org.infoshare.consent.domain.LegalHandOverRule;
import org.infoshare.consent.domain.PersonalDataRead;
import org.infoshare.consent.persistence.LegalDisclosurePackageRepository;
import org.infoshare.consent.persistence.VaultRepository;
import org.infoshare.events.sharing.LegalDisclosureApproved;
import org.infoshare.events.vocabulary.HandOverChannel;
import org.infoshare.messaging.inbox.IdempotentConsumer;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * P2.1: sharing-service asks by event for a legal-duty disclosure's package; here, the only holder
 * of identities, the vault is read when the order needs the identity (recorded, purpose
 * {@code legal-duty-disclosure}), and the identity kept encrypted for the DPO, who fetches it once
 * (recorded) and records the hand-over (announced as legal-disclosure-handed-over). The identity
 * never enters an event or a log.
 */
@ApplicationScoped
public class LegalDisclosureService {

    static final String CONSUMER = "consent-legal-disclosure";

    private final VaultRepository vault;
    private final LegalDisclosurePackageRepository packages;
    private final IdempotentConsumer idempotent;
    private final Outbox outbox;
    private final Clock clock;

    public LegalDisclosureService(VaultRepository vault, LegalDisclosurePackageRepository packages,
                                  IdempotentConsumer idempotent, Outbox outbox, Clock clock) {
        this.vault = vault;
        this.packages = packages;
        this.idempotent = idempotent;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Applied once per event id, and once per disclosure id. */
    @WithTransaction
    public Uni<Void> prepare(CloudEvent envelope, LegalDisclosureApproved approved) {
        return idempotent.applyOnce(CONSUMER, envelope, () -> packages.exists(approved.disclosureId())
                .chain(prepared -> prepared ? Uni.createFrom().voidItem() : prepareOnce(approved))).replaceWithVoid();
    }

    private Uni<Void> prepareOnce(LegalDisclosureApproved approved) {
        Instant now = clock.instant();
        if (!approved.identifiable()) {
            return packages.add(packageOf(approved, LegalDisclosurePackage.Status.PREPARED, now), Optional.empty());
        }
        return vault.find(approved.subjectId()).chain(found -> {
            if (found.isEmpty()) {
                return packages.add(packageOf(approved, LegalDisclosurePackage.Status.UNKNOWN_SUBJECT, now),
                        Optional.empty());
            }
            DataSubject person = found.get();
            LegalDisclosurePackage prepared = packageOf(approved, LegalDisclosurePackage.Status.PREPARED, now);
            return outbox.append(ConsentEventMapper.accessed(new PersonalDataRead(approved.subjectId(),
                            BreachNoticeService.SERVICE_ACTOR, BreachNoticeService.SERVICE_ROLE, prepared.purpose(),
                            PersonalDataRead.VAULT_ENTRY), now))
                    .chain(() -> packages.add(prepared, Optional.of(person.identity())));
        });
    }

    private static LegalDisclosurePackage packageOf(LegalDisclosureApproved a, LegalDisclosurePackage.Status status,
                                                    Instant now) {
        return new LegalDisclosurePackage(a.disclosureId(), a.subjectId(), a.recipientKind(), a.recipientOrganisation(),
                a.orderReference(), a.identifiable(), a.tellSubject(), Optional.ofNullable(a.notToldReason()),
                a.decidedBy(), a.decidedAt(), status, now, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @WithSession
    public Uni<Page<LegalDisclosurePackage>> list(int page, int size) {
        return Page.of(packages.list(page, size), packages::count, page, size);
    }

    @WithSession
    public Uni<LegalDisclosurePackage> find(UUID disclosureId) {
        return packages.find(disclosureId).map(found -> found.orElseThrow(() -> notFound(disclosureId)));
    }

    /** The identity, once: the read is recorded (P6.1) and the stored copy cleared in one transaction. */
    @WithTransaction
    public Uni<Released> releaseIdentity(UUID disclosureId, String actorId, String actorRole) {
        return packages.findForUpdate(disclosureId).chain(found -> {
            LegalDisclosurePackage p = found.orElseThrow(() -> notFound(disclosureId));
            LegalHandOverRule.identityRelease(p).ifPresent(why -> {
                throw new ProblemException(ProblemType.CONFLICT, why.describe());
            });
            Instant now = clock.instant();
            return packages.takeIdentity(disclosureId, actorId, now)
                    .call(() -> outbox.append(ConsentEventMapper.accessed(new PersonalDataRead(p.subjectId(), actorId,
                            actorRole, p.purpose(), PersonalDataRead.LEGAL_DISCLOSURE_IDENTITY), now)))
                    .map(identity -> new Released(p, identity));
        });
    }

    /** Records the hand-over, once, and announces it to sharing-service in the same transaction. */
    @WithTransaction
    public Uni<LegalDisclosurePackage> handOver(UUID disclosureId, HandOverChannel channel, String actorId) {
        return packages.findForUpdate(disclosureId).chain(found -> {
            LegalDisclosurePackage p = found.orElseThrow(() -> notFound(disclosureId));
            LegalHandOverRule.handOver(p).ifPresent(why -> {
                throw new ProblemException(ProblemType.CONFLICT, why.describe());
            });
            return packages.handOver(disclosureId, channel, actorId, clock.instant())
                    .call(done -> outbox.append(ConsentEventMapper.legalDisclosureHandedOver(done)));
        });
    }

    private static ProblemException notFound(UUID disclosureId) {
        return new ProblemException(ProblemType.NOT_FOUND, "No legal disclosure " + disclosureId + " prepared here");
    }

    /** A package with the identity handed out for it. */
    public record Released(LegalDisclosurePackage disclosure, Identity identity) {
    }
}
