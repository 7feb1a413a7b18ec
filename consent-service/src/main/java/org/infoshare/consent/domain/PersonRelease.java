package org.infoshare.consent.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One release of a person's data to an organisation, as sharing-service announced it
 * (share-released): which organisation, for which purposes, which kinds of data. Pseudonymous.
 */
public record PersonRelease(UUID releaseId, String subjectId, String partnerId, List<String> purposes,
                            List<String> dataCategories, Instant releasedAt) {

    public PersonRelease {
        Objects.requireNonNull(releaseId, "releaseId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(partnerId, "partnerId");
        purposes = List.copyOf(purposes);
        dataCategories = List.copyOf(dataCategories);
        Objects.requireNonNull(releasedAt, "releasedAt");
    }
}
