package org.infoshare.consent.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.config.PersonLinkConfig;
import org.infoshare.consent.domain.Consent;
import org.infoshare.consent.domain.ConsentEventMapper;
import org.infoshare.rules.LinkSecret;
import org.infoshare.consent.domain.MergedNotice;
import org.infoshare.consent.domain.PersonLink;
import org.infoshare.consent.domain.PersonLinkLetterRule;
import org.infoshare.consent.domain.PersonLinkRule;
import org.infoshare.consent.domain.PersonRelease;
import org.infoshare.consent.domain.PersonalDataRead;
import org.infoshare.consent.domain.SubjectAccessRequest;
import org.infoshare.consent.domain.Withdrawal;
import org.infoshare.consent.persistence.ConsentRepository;
import org.infoshare.consent.persistence.PersonLinkRepository;
import org.infoshare.consent.persistence.PersonReleaseRepository;
import org.infoshare.consent.persistence.VaultRepository;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.events.vocabulary.PersonLinkUse;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.rules.RuleResult;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Issue 13 item 4(a): a person's one-time link. Staff issue it; the letter or e-mail carrying it is
 * merged from the vault and queued encrypted, as breach notices are; the person (through the
 * dashboard's person-portal account) redeems it once for a short session in which they see who
 * received their data and for what, withdraw consent (channel WEB, through the same withdrawal as
 * every other channel) or ask for their data. Every issue, use and refused use commits its event
 * with the change it records.
 */
@ApplicationScoped
public class PersonLinkService {

    /** Who the person's own acts are recorded as: the link, never a name. */
    static final String PERSON_ACTOR_PREFIX = "person-link:";
    static final String LETTER_RESOURCE = "person-link-letter";

    private final PersonLinkRepository links;
    private final PersonReleaseRepository releases;
    private final ConsentRepository consents;
    private final VaultRepository vault;
    private final ConsentService consentService;
    private final SubjectAccessService subjectAccess;
    private final PersonLinkConfig config;
    private final Outbox outbox;
    private final Clock clock;

    public PersonLinkService(PersonLinkRepository links, PersonReleaseRepository releases, ConsentRepository consents,
                             VaultRepository vault, ConsentService consentService, SubjectAccessService subjectAccess,
                             PersonLinkConfig config, Outbox outbox, Clock clock) {
        this.links = links;
        this.releases = releases;
        this.consents = consents;
        this.vault = vault;
        this.consentService = consentService;
        this.subjectAccess = subjectAccess;
        this.config = config;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A use of a link or session: done, refused (and recorded), or no such link. */
    public sealed interface Outcome<T> {
        record Done<T>(T value) implements Outcome<T> {
        }

        record Refused<T>(String reason) implements Outcome<T> {
        }

        record Unknown<T>() implements Outcome<T> {
        }

        /**
         * The value when done; otherwise the problem: 410 for a refused use (already used, expired,
         * session ended), 404 for no such link or session.
         */
        default T orProblem(ProblemType refusedAs) {
            if (this instanceof Done<T> done) {
                return done.value();
            }
            if (this instanceof Refused<T> refused) {
                throw new ProblemException(refusedAs, refused.reason());
            }
            throw new ProblemException(ProblemType.NOT_FOUND, "No such link or session");
        }

        static <T> Outcome<T> done(T value) {
            return new Done<>(value);
        }

        static <T> Outcome<T> refused(String reason) {
            return new Refused<>(reason);
        }

        static <T> Outcome<T> unknown() {
            return new Unknown<>();
        }
    }

    /**
     * Issues a link and queues the letter carrying it. The vault read is recorded in any case; with
     * no address to send it to, nothing is issued ({@code Refused}).
     */
    @WithTransaction
    public Uni<Outcome<PersonLink>> issue(String subjectId, String actorId, String actorRole) {
        Instant now = clock.instant();
        return vault.find(subjectId).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE,
                        "No data subject " + subjectId + ": register the person first"));
            }
            String token = LinkSecret.random();
            PersonLink link = PersonLink.issued(UUID.randomUUID(), subjectId, actorId, now,
                    now.plus(config.expireAfter()));
            Optional<MergedNotice> letter = PersonLinkLetterRule.merge(found.get().identity(),
                    config.baseUrl() + token, link.expiresAt());
            Uni<?> read = outbox.append(ConsentEventMapper.accessed(new PersonalDataRead(subjectId, actorId, actorRole,
                    PersonLinkRule.ID + " person link " + link.linkId(), PersonalDataRead.VAULT_ENTRY), now));
            if (letter.isEmpty()) {
                return read.replaceWith(Outcome.<PersonLink>refused(
                        "The vault holds no postal or e-mail address for " + subjectId + ": reach the person another way"));
            }
            return read.chain(() -> links.add(link, LinkSecret.hash(token)))
                    .chain(() -> links.queueLetter(link.linkId(), letter.get(), now))
                    .chain(() -> outbox.append(ConsentEventMapper.personLinkIssued(link, letter.get().channel())))
                    .replaceWith(Outcome.done(link));
        });
    }

    /** The letter or e-mail carrying a link, for the print and mail channel; the read is recorded (P6.1). */
    @WithTransaction
    public Uni<MergedNotice> letter(UUID linkId, String actorId, String actorRole, String purpose) {
        return links.find(linkId).chain(link -> {
            if (link.isEmpty()) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.NOT_FOUND, "No person link " + linkId));
            }
            return links.letter(linkId).call(() -> outbox.append(ConsentEventMapper.accessed(new PersonalDataRead(
                            link.get().subjectId(), actorId, actorRole, purpose, LETTER_RESOURCE), clock.instant())))
                    .map(Optional::orElseThrow);
        });
    }

    /** Redeems a link once, answering a new session handle (only its hash is kept). */
    @WithTransaction
    public Uni<Outcome<Session>> redeem(String token) {
        if (!LinkSecret.wellFormed(token)) {
            return Uni.createFrom().item(Outcome.unknown());
        }
        Instant now = clock.instant();
        byte[] tokenHash = LinkSecret.hash(token);
        String handle = LinkSecret.random();
        Instant sessionEnds = now.plus(config.sessionLength());
        return links.redeem(tokenHash, LinkSecret.hash(handle), now, sessionEnds)
                .chain(won -> links.byToken(tokenHash).chain(found -> {
                    if (found.isEmpty()) {
                        return Uni.createFrom().item(Outcome.<Session>unknown());
                    }
                    PersonLink link = found.get();
                    if (won) {
                        return used(link, PersonLinkUse.REDEEMED, now)
                                .replaceWith(Outcome.done(new Session(handle, link.linkId(), sessionEnds)));
                    }
                    RuleResult refusal = PersonLinkRule.redeem(link, now);
                    PersonLinkUse use = link.usedAt().isPresent() ? PersonLinkUse.REFUSED_ALREADY_USED
                            : PersonLinkUse.REFUSED_EXPIRED;
                    return used(link, use, now).replaceWith(Outcome.<Session>refused(refusal.explanation()));
                }));
    }

    /** The session handed to the dashboard: the handle (given out once) and when it ends. */
    public record Session(String handle, UUID linkId, Instant expiresAt) {
    }

    /** What the person sees: their consents and which organisations received their data, for what. */
    public record PersonPage(PersonLink link, List<Consent> consents, List<PersonRelease> releases) {
    }

    @WithTransaction
    public Uni<Outcome<PersonPage>> view(String handle) {
        return inSession(handle, PersonLinkUse.VIEWED, (link, now) -> consents.bySubject(link.subjectId())
                .chain(own -> releases.bySubject(link.subjectId()).map(sent -> new PersonPage(link, own, sent))));
    }

    /** The person's withdrawal, whole or in part, by channel WEB: the same withdrawal as by any other channel. */
    @WithTransaction
    public Uni<Outcome<ConsentService.WithdrawalOutcome>> withdraw(String handle, UUID consentId, boolean whole,
                                                                   List<String> purposes, List<String> recipientPartnerIds) {
        return inSession(handle, PersonLinkUse.CONSENT_WITHDRAWN, (link, now) -> consentService.withdrawOwn(
                link.subjectId(), consentId, new Withdrawal(whole, purposes, recipientPartnerIds, List.of(),
                        ContactChannel.WEB, PERSON_ACTOR_PREFIX + link.linkId(), now,
                        null)));
    }

    @WithTransaction
    public Uni<Outcome<SubjectAccessRequest>> requestAccess(String handle) {
        return inSession(handle, PersonLinkUse.SUBJECT_ACCESS_REQUESTED, (link, now) -> subjectAccess.receive(
                link.subjectId(), SubjectAccessRequest.RequestChannel.WEB, now, PERSON_ACTOR_PREFIX + link.linkId()));
    }

    /** A release of a person's data, projected from sharing-service's share-released; aggregates concern no one. */
    @WithTransaction
    public Uni<Void> recordRelease(ShareReleased released) {
        if (released.subjectId() == null) {
            return Uni.createFrom().voidItem();
        }
        return releases.record(new PersonRelease(released.releaseId(), released.subjectId(), released.partnerId(),
                released.purposes(), released.dataCategories(), released.releasedAt()));
    }

    /** Runs one use of an open session, recorded with it; an ended session's use is refused and recorded. */
    private <T> Uni<Outcome<T>> inSession(String handle, PersonLinkUse use, BiFunction<PersonLink, Instant, Uni<T>> work) {
        if (!LinkSecret.wellFormed(handle)) {
            return Uni.createFrom().item(Outcome.unknown());
        }
        Instant now = clock.instant();
        return links.bySession(LinkSecret.hash(handle)).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Outcome.<T>unknown());
            }
            PersonLink link = found.get();
            RuleResult open = PersonLinkRule.useSession(link, now);
            if (open.effect() != RuleResult.Effect.SATISFIED) {
                return used(link, PersonLinkUse.REFUSED_SESSION_EXPIRED, now)
                        .replaceWith(Outcome.<T>refused(open.explanation()));
            }
            return work.apply(link, now).call(() -> used(link, use, now)).map(Outcome::done);
        });
    }

    private Uni<Void> used(PersonLink link, PersonLinkUse use, Instant now) {
        return outbox.append(ConsentEventMapper.personLinkUsed(link, use, now)).replaceWithVoid();
    }
}
