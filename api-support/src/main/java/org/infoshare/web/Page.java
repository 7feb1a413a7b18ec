package org.infoshare.web;

import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** One page of a list answer: the items, where the page starts, and how many exist in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /**
     * One page of items, then the count of all. The count starts only after the items are read:
     * one reactive session runs one query at a time.
     */
    public static <T> Uni<Page<T>> of(Uni<List<T>> items, Supplier<Uni<Long>> total, int page, int size) {
        return items.chain(found -> total.get().map(count -> new Page<>(found, page, size, count)));
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
