package org.infoshare.breach.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One release reached by tracing a breach: a release named by the report or in its window
 * (depth 0), or an onward release below one of those (depth 1 and more, P10.1).
 */
public record TracedRelease(UUID releaseId, Optional<String> subjectId, String partnerId, int depth,
                            List<String> dataCategories) {

    public TracedRelease {
        dataCategories = List.copyOf(dataCategories);
    }

    public boolean onward() {
        return depth > 0;
    }
}
