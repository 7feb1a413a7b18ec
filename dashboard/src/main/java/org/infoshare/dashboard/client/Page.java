package org.infoshare.dashboard.client;

import java.util.List;

/** One page of a service's list answer (api-support's {@code Page}): the items and how many exist in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
