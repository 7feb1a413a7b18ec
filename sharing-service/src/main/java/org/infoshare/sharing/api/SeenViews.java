package org.infoshare.sharing.api;

import org.infoshare.messaging.access.PersonalDataReads.Seen;

import java.util.List;
import java.util.function.Function;

/** Who a view shows, as personal-data-accessed records it (P6.1): views of non-personal data show nobody. */
final class SeenViews {

    private SeenViews() {
    }

    static List<Seen> seen(String subjectId, String resource) {
        return subjectId == null ? List.of() : List.of(new Seen(subjectId, resource));
    }

    /** Everyone a page of views shows. */
    static <T> List<Seen> seen(List<T> views, Function<T, String> subjectId, Function<T, String> resource) {
        return views.stream().flatMap(v -> seen(subjectId.apply(v), resource.apply(v)).stream()).toList();
    }
}
