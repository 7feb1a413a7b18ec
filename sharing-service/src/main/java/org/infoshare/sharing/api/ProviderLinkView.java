package org.infoshare.sharing.api;

import org.infoshare.events.vocabulary.Sensitivity;
import org.infoshare.events.vocabulary.SpecialCategoryData;
import org.infoshare.sharing.domain.GuidanceNote;
import org.infoshare.sharing.domain.RecipientNotification;
import org.infoshare.sharing.domain.Release;
import org.infoshare.sharing.service.ProviderLinkService;

import java.time.Instant;
import java.util.List;

/**
 * What a small provider's link is for (issue 13 item 4b): the partner, the withdrawal notice or the
 * guidance note, and when the link expires. Nothing about the person: no subject, no pseudonym, no
 * data, only the release's id, purposes and categories.
 */
public record ProviderLinkView(String purpose, String partnerId, String partnerName, Instant expiresAt,
                               Notice notice, Guidance guidance) {

    /**
     * The withdrawal notice; {@code specialCategory}: continuing must also name an Art. 9(2)
     * condition (P4.1); {@code response} once answered (through the partner API, say).
     */
    public record Notice(String notificationId, String releaseId, String cause, Instant withdrawnAt,
                         Instant notifiedAt, List<String> purposes, List<String> dataCategories,
                         boolean specialCategory, String response, Instant answeredAt) {
    }

    public record Guidance(String guidanceNoteId, String smallProviderKind, int version, List<String> purposes,
                           List<String> dataCategories, String methodOfDisclosure, List<String> securityMeasures,
                           List<String> limitsOnUse, int staleConsentAfterDays, Instant publishedAt,
                           boolean acknowledged) {
    }

    static ProviderLinkView of(ProviderLinkService.LinkDetails d) {
        return new ProviderLinkView(d.link().purpose().name(), d.partner().id(), d.partner().name(),
                d.link().expiresAt(), d.notification().map(n -> notice(n, d.release().orElse(null))).orElse(null),
                d.note().map(note -> guidance(note, d.acknowledged())).orElse(null));
    }

    private static Notice notice(RecipientNotification n, Release release) {
        List<String> categories = release == null ? List.of() : release.dataCategories();
        boolean special = release != null && (SpecialCategoryData.anyIn(categories)
                || release.sensitivity() == Sensitivity.SPECIAL_CATEGORY);
        return new Notice(n.id().toString(), n.releaseId().toString(), n.cause().name(), n.withdrawnAt(),
                n.notifiedAt(), release == null ? List.of() : release.purposes(), categories, special,
                n.answer().map(a -> a.response().name()).orElse(null), n.answeredAt().orElse(null));
    }

    private static Guidance guidance(GuidanceNote note, boolean acknowledged) {
        return new Guidance(note.id().toString(), note.smallProviderKind().name(), note.version(), note.purposes(),
                note.dataCategories(), note.methodOfDisclosure(), note.securityMeasures(), note.limitsOnUse(),
                note.staleConsentAfterDays(), note.publishedAt(), acknowledged);
    }
}
