package org.infoshare.sharing.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.events.vocabulary.SafeguardingRoute;
import org.infoshare.sharing.config.SharingConfig;
import org.infoshare.sharing.domain.Partner;
import org.infoshare.sharing.domain.PartnerKind;
import org.infoshare.rules.RuleResult;
import org.infoshare.sharing.domain.PartnerRegistryRule;
import org.infoshare.sharing.domain.SafeguardingTeamRule;
import org.infoshare.sharing.domain.SmallProviderKind;
import org.infoshare.sharing.persistence.PartnerRepository;
import org.infoshare.web.Page;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The partner registry (P1.1): the DPO registers and changes partners; staff read them. */
@ApplicationScoped
public class PartnerService {

    private final PartnerRepository partners;
    private final Outbox outbox;
    private final Clock clock;
    private final boolean allowLocalWebhooks;

    public PartnerService(PartnerRepository partners, Outbox outbox, Clock clock, SharingConfig config) {
        this.partners = partners;
        this.outbox = outbox;
        this.clock = clock;
        this.allowLocalWebhooks = config.webhook().allowLocal();
    }

    /** What the DPO states about a partner; the secret is write-only. */
    public record PartnerDetails(String name, PartnerKind kind, Optional<SmallProviderKind> smallProviderKind,
                                 List<String> purposes, Optional<URI> webhookUrl, Optional<String> webhookSecret,
                                 List<SafeguardingRoute> safeguardingRoutes) {
    }

    @WithTransaction
    public Uni<Partner> register(String id, PartnerDetails details, String dpoActorId) {
        return partners.exists(id).chain(exists -> {
            if (exists) {
                return Uni.createFrom().failure(Problems.conflict("Partner " + id + " is registered already"));
            }
            return save(id, details, false).call(saved -> outbox.append(SharingEventMapper.partnerRegistered(saved,
                    dpoActorId)));
        });
    }

    @WithTransaction
    public Uni<Partner> change(String id, PartnerDetails details, String dpoActorId) {
        return partners.find(id).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().failure(Problems.notFound("partner " + id));
            }
            return save(id, details, found.get().webhookSecretSet())
                    .call(saved -> outbox.append(SharingEventMapper.partnerUpdated(saved, dpoActorId)));
        });
    }

    private Uni<Partner> save(String id, PartnerDetails details, boolean secretStored) {
        boolean sameUrlKeepsSecret = secretStored && details.webhookSecret().isEmpty();
        List<RuleResult> problems = PartnerRegistryRule.problems(details.kind(), details.smallProviderKind(),
                details.purposes(), details.webhookUrl(), details.webhookSecret().isPresent() || sameUrlKeepsSecret,
                allowLocalWebhooks);
        problems.addAll(SafeguardingTeamRule.declarationProblems(details.kind(), details.safeguardingRoutes()));
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(Problems.refused("partner", problems));
        }
        Instant now = clock.instant();
        Partner partner = new Partner(id, details.name(), details.kind(), details.smallProviderKind(),
                details.purposes().stream().distinct().toList(), details.webhookUrl(),
                details.webhookUrl().isPresent(), details.safeguardingRoutes().stream().distinct().toList(), now, now);
        return partners.save(partner, details.webhookSecret());
    }

    @WithSession
    public Uni<Optional<Partner>> find(String id) {
        return partners.find(id);
    }

    @WithSession
    public Uni<Page<Partner>> list(Optional<PartnerKind> kind, int page, int size) {
        return Page.of(partners.list(kind, page, size), () -> partners.count(kind), page, size);
    }
}
