package org.infoshare.sharing.domain;

import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.CaptureChannel;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.Sensitivity;
import org.infoshare.events.vocabulary.ShareBasis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.infoshare.sharing.domain.Agreements.NOW;
import static org.infoshare.sharing.domain.Agreements.TODAY;

/** Share requests and contexts for the rule tests: by default a consent-based, pseudonymised share that passes. */
final class Shares {

    static final UUID CONSENT = UUID.randomUUID();
    static final String SUBJECT = "subj-12345678";

    private Shares() {
    }

    static ShareRequest consentShare() {
        return new ShareRequest(UUID.randomUUID(), Optional.of(SUBJECT), "trust-1", "service-improvement",
                List.of("experience"), false, Optional.empty(), ShareBasis.CONSENT, Optional.of(CONSENT),
                Optional.empty(), Optional.of("Only themes of this person's experience, needed to fix the ward's discharge process"),
                Optional.of(Sensitivity.CONFIDENTIAL), "staff-1", NOW);
    }

    static ShareRequest aggregateShare() {
        return new ShareRequest(UUID.randomUUID(), Optional.empty(), "trust-1", "service-improvement",
                List.of("experience"), false, Optional.empty(), ShareBasis.PUBLIC_INTEREST, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(Sensitivity.INTERNAL), "staff-1", NOW);
    }

    static ShareRequest with(ShareRequest r, ShareBasis basis, Optional<UUID> consentId, Optional<String> legalReference) {
        return new ShareRequest(r.id(), r.subjectId(), r.partnerId(), r.purpose(), r.dataCategories(), r.identifiable(),
                r.identifiableReason(), basis, consentId, legalReference, r.proportionality(), r.sensitivity(),
                r.requestedBy(), r.requestedAt()).withLawfulCondition(r.lawfulCondition());
    }

    static ShareRequest identifiable(ShareRequest r, Optional<String> reason) {
        return new ShareRequest(r.id(), r.subjectId(), r.partnerId(), r.purpose(), r.dataCategories(), true, reason,
                r.basis(), r.consentId(), r.legalReference(), r.proportionality(), r.sensitivity(), r.requestedBy(),
                r.requestedAt()).withLawfulCondition(r.lawfulCondition());
    }

    static ShareRequest categories(ShareRequest r, List<String> categories) {
        return new ShareRequest(r.id(), r.subjectId(), r.partnerId(), r.purpose(), categories, r.identifiable(),
                r.identifiableReason(), r.basis(), r.consentId(), r.legalReference(), r.proportionality(),
                r.sensitivity(), r.requestedBy(), r.requestedAt()).withLawfulCondition(r.lawfulCondition());
    }

    static ShareRequest proportionality(ShareRequest r, Optional<String> judgement) {
        return new ShareRequest(r.id(), r.subjectId(), r.partnerId(), r.purpose(), r.dataCategories(), r.identifiable(),
                r.identifiableReason(), r.basis(), r.consentId(), r.legalReference(), judgement, r.sensitivity(),
                r.requestedBy(), r.requestedAt()).withLawfulCondition(r.lawfulCondition());
    }

    static ShareRequest sensitivity(ShareRequest r, Optional<Sensitivity> sensitivity) {
        return new ShareRequest(r.id(), r.subjectId(), r.partnerId(), r.purpose(), r.dataCategories(), r.identifiable(),
                r.identifiableReason(), r.basis(), r.consentId(), r.legalReference(), r.proportionality(), sensitivity,
                r.requestedBy(), r.requestedAt()).withLawfulCondition(r.lawfulCondition());
    }

    /** The share naming an Art. 6(1) basis and, if given, an Art. 9(2) condition (P4.1). */
    static ShareRequest condition(ShareRequest r, LawfulBasis article6, Optional<Article9Condition> article9) {
        return r.withLawfulCondition(Optional.of(new LawfulCondition(article6, article9)));
    }

    /** A consent given {@code daysAgo} days before NOW covering trust-1 for service-improvement. */
    static ConsentProjection consent(int daysAgo) {
        return ConsentProjection.unknown(CONSENT, SUBJECT).apply(new ConsentGiven(CONSENT, SUBJECT, 1,
                List.of("service-improvement"), List.of("experience", "service-used"), List.of("trust-1"), List.of(),
                LawfulBasis.A, null, UUID.randomUUID(), 1, CaptureChannel.WRITTEN, "staff-1",
                NOW.minus(Duration.ofDays(daysAgo)), 365, null, false));
    }

    /** trust-1 with an agreed protocol (stale after 180 days), a consent 10 days old. */
    static ShareContext context(ShareRequest request) {
        return context(request, Optional.of(consent(10)));
    }

    static ShareContext context(ShareRequest request, Optional<ConsentProjection> consent) {
        Partner partner = Agreements.provider("trust-1", "service-improvement");
        Protocol protocol = Agreements.protocol("trust-1", "service-improvement", ProtocolStatus.AGREED, TODAY.plusDays(90));
        return new ShareContext(request, Optional.of(partner),
                RegularFlowRule.governing(partner, request.purpose(), List.of(protocol), Optional.empty(), Set.of(), TODAY),
                consent, NOW).withSafeguards(Agreements.attested(protocol));
    }

    static ShareContext withoutProtocol(ShareRequest request) {
        Partner partner = Agreements.provider("trust-1", "service-improvement");
        return new ShareContext(request, Optional.of(partner),
                RegularFlowRule.governing(partner, request.purpose(), List.of(), Optional.empty(), Set.of(), TODAY),
                Optional.of(consent(10)), NOW);
    }

    static Instant now() {
        return NOW;
    }
}
