package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.RecordSource;
import org.infoshare.sharing.domain.Release;
import org.infoshare.sharing.domain.SmallCellSuppression;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The package a recipient fetches (P7.1-P7.3, P11.1): minimised content keyed by its own pseudonym,
 * the categories withheld, and the terms it is bound by; {@code sources}, index for index with
 * {@code records}, says who supplied each record, on which medium, and when it was last verified (P2.2/P9.1).
 */
public record ReleasePackageView(String releaseId, String parentReleaseId, String subjectRef, boolean identifiable,
                                 List<String> purposes, List<String> dataCategories, List<String> withheldCategories,
                                 List<Map<String, Map<String, Object>>> records,
                                 List<SmallCellSuppression.ReleasedCell> cells, List<String> terms,
                                 String sensitivity, String channel, Instant releasedAt, List<RecordSource> sources) {

    static ReleasePackageView of(Release r) {
        return new ReleasePackageView(r.id().toString(), r.parentReleaseId().map(Object::toString).orElse(null),
                r.subjectRef().orElse(null), r.identifiable(), r.purposes(), r.dataCategories(),
                r.withheldCategories(), r.records(), r.cells(), r.terms(), r.sensitivity().name(), r.channel().name(),
                r.releasedAt(), r.sources());
    }
}
