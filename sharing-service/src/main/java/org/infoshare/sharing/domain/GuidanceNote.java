package org.infoshare.sharing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Guidance notes for one kind of small provider (P1.3): what a protocol says, without a named
 * person, versioned; a published version never changes.
 */
public record GuidanceNote(UUID id, SmallProviderKind smallProviderKind, int version, List<String> purposes,
                           List<String> dataCategories, String methodOfDisclosure, List<String> securityMeasures,
                           List<String> limitsOnUse, int staleConsentAfterDays, Instant publishedAt) {

    public GuidanceNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(smallProviderKind, "smallProviderKind");
        purposes = List.copyOf(purposes);
        dataCategories = List.copyOf(dataCategories);
        Objects.requireNonNull(methodOfDisclosure, "methodOfDisclosure");
        securityMeasures = List.copyOf(securityMeasures);
        limitsOnUse = List.copyOf(limitsOnUse);
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
