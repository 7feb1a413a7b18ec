package org.infoshare.sharing.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.rules.LinkSecret;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.sharing.config.SharingConfig;
import org.infoshare.sharing.domain.GuidanceNote;
import org.infoshare.sharing.domain.Partner;
import org.infoshare.sharing.domain.ProviderLink;
import org.infoshare.sharing.domain.ProviderLinkPurpose;
import org.infoshare.sharing.domain.SharingEventMapper;
import org.infoshare.sharing.persistence.PartnerRepository;
import org.infoshare.sharing.persistence.ProviderLinkRepository;
import org.infoshare.sharing.persistence.ProviderLinkRepository.Issued;
import org.infoshare.sharing.persistence.RecipientNotificationRepository.Made;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issue 13 item 4b: issues small providers' signed links, in the transaction that makes what they
 * are for. A withdrawal notice to a partner without a webhook (nothing else reaches it: no system
 * of its own polls) carries a link to answer it; a guidance note carries one for each small provider
 * of its kind to acknowledge it. The token goes only into the sealed notice; the row keeps its hash.
 */
@ApplicationScoped
public class ProviderLinkIssuer {

    private static final DateTimeFormatter LONDON = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final ProviderLinkRepository links;
    private final PartnerRepository partners;
    private final Outbox outbox;
    private final SharingConfig config;

    public ProviderLinkIssuer(ProviderLinkRepository links, PartnerRepository partners, Outbox outbox,
                              SharingConfig config) {
        this.links = links;
        this.partners = partners;
        this.outbox = outbox;
        this.config = config;
    }

    /** Joins the caller's transaction: one link per new notification to a partner without a webhook. */
    public Uni<Void> forWithdrawal(List<Made> made, Instant now) {
        List<String> partnerIds = made.stream().map(Made::partnerId).distinct().toList();
        return partners.withoutWebhook(partnerIds).chain(found -> {
            Map<String, Partner> byId = found.stream().collect(Collectors.toMap(Partner::id, Function.identity()));
            List<Issued> issued = made.stream().filter(m -> byId.containsKey(m.partnerId()))
                    .map(m -> issue(ProviderLinkPurpose.ANSWER_NOTIFICATION, m.notificationId(), byId.get(m.partnerId()),
                            now, (url, until) -> "Withdrawal notice to " + byId.get(m.partnerId()).name() + ".\n"
                                    + "The consent under which you received release " + m.releaseId()
                                    + " has been withdrawn: stop using the data. Tell us whether you deleted or returned it,"
                                    + " or under which lawful condition you continue, at\n" + url + "\nbefore "
                                    + until + " (UK time). The link works once."))
                    .toList();
            return store(issued);
        });
    }

    /** Joins the caller's transaction: one link per small provider of the note's kind. */
    public Uni<Void> forGuidance(GuidanceNote note, Instant now) {
        return partners.smallProvidersOf(note.smallProviderKind()).chain(found -> store(found.stream()
                .map(partner -> issue(ProviderLinkPurpose.ACKNOWLEDGE_GUIDANCE, note.id(), partner, now,
                        (url, until) -> "Guidance note to " + partner.name() + ".\n"
                                + "Version " + note.version() + " of the guidance for sharing information with "
                                + note.smallProviderKind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                + "s is published. Read and acknowledge it at\n" + url + "\nbefore " + until
                                + " (UK time). The link works once."))
                .toList()));
    }

    private interface NoticeText {
        String of(String url, String until);
    }

    private Issued issue(ProviderLinkPurpose purpose, UUID targetId, Partner partner, Instant now, NoticeText text) {
        String token = LinkSecret.random();
        Instant expires = now.plus(config.providerLink().validFor());
        ProviderLink link = new ProviderLink(UUID.randomUUID(), purpose, targetId, partner.id(), now, expires,
                Optional.empty());
        String url = config.providerLink().baseUrl().replaceAll("/+$", "") + "/provider/" + token;
        return new Issued(link, LinkSecret.hexHash(token), text.of(url, LONDON.format(expires)));
    }

    private Uni<Void> store(List<Issued> issued) {
        if (issued.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return links.add(issued)
                .chain(() -> outbox.appendAll(issued.stream().map(i -> SharingEventMapper.linkIssued(i.link())).toList()))
                .replaceWithVoid();
    }
}
