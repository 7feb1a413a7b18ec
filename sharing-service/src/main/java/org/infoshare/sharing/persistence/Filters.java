package org.infoshare.sharing.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.util.Optional;

/** A list's optional filters as one Panache query: each given value adds its condition. */
final class Filters {

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Parameters params = new Parameters();

    /** Adds {@code field = :name} when the value is present. */
    Filters equal(String field, String name, Optional<?> value) {
        value.ifPresent(v -> {
            where.append(" and ").append(field).append(" = :").append(name);
            params.and(name, v);
        });
        return this;
    }

    /** Adds a fixed condition when asked for. */
    Filters when(boolean wanted, String condition) {
        if (wanted) {
            where.append(" and ").append(condition);
        }
        return this;
    }

    /** The query, sorted when an order is given (a count needs none). */
    <E, I> PanacheQuery<E> find(PanacheRepositoryBase<E, I> entities, Optional<Sort> order) {
        return order.map(o -> entities.find(where.toString(), o, params))
                .orElseGet(() -> entities.find(where.toString(), params));
    }
}
