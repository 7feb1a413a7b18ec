package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.GuidanceNote;

import java.time.Instant;
import java.util.List;

/** A guidance note version; {@code acknowledged} is set only in a partner's own list. */
public record GuidanceNoteView(String id, String smallProviderKind, int version, List<String> purposes,
                               List<String> dataCategories, String methodOfDisclosure, List<String> securityMeasures,
                               List<String> limitsOnUse, int staleConsentAfterDays, Instant publishedAt,
                               Boolean acknowledged) {

    static GuidanceNoteView of(GuidanceNote n, Boolean acknowledged) {
        return new GuidanceNoteView(n.id().toString(), n.smallProviderKind().name(), n.version(), n.purposes(),
                n.dataCategories(), n.methodOfDisclosure(), n.securityMeasures(), n.limitsOnUse(),
                n.staleConsentAfterDays(), n.publishedAt(), acknowledged);
    }

    static GuidanceNoteView of(GuidanceNote n) {
        return of(n, null);
    }
}
