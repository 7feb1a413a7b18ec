package org.infoshare.sharing.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * P7.4: the aggregate counts one recipient was already shown, release by release. Only shown counts
 * are held: a suppressed cell told the recipient nothing to difference against. Non-personal.
 */
public final class HeldCells {

    private static final HeldCells NONE = new HeldCells(List.of());

    /** One count a recipient was shown, in which earlier release. */
    public record Shown(UUID releaseId, CellKey cell, long count) {

        public Shown {
            Objects.requireNonNull(releaseId, "releaseId");
            Objects.requireNonNull(cell, "cell");
        }
    }

    /** A cell's identity across releases: its category and the values of its dimensions. */
    public record CellKey(String category, Map<String, String> dimensions) {

        public CellKey {
            Objects.requireNonNull(category, "category");
            dimensions = Map.copyOf(dimensions);
        }

        public static CellKey of(Payload.AggregateCell cell) {
            return new CellKey(cell.category(), cell.dimensions());
        }
    }

    private final Map<UUID, Map<CellKey, Long>> byRelease = new LinkedHashMap<>();

    private HeldCells(Collection<Shown> shown) {
        shown.forEach(s -> byRelease.computeIfAbsent(s.releaseId(), id -> new LinkedHashMap<>()).put(s.cell(), s.count()));
    }

    public static HeldCells none() {
        return NONE;
    }

    public static HeldCells of(Collection<Shown> shown) {
        return shown.isEmpty() ? NONE : new HeldCells(shown);
    }

    public boolean isEmpty() {
        return byRelease.isEmpty();
    }

    /**
     * What the recipient already knows of these cells together, release by release: their sum in
     * each earlier release that showed every one of them (only then could it difference their sum).
     */
    List<Long> earlierSums(Collection<CellKey> cells) {
        return byRelease.values().stream().map(shown -> sum(shown, cells)).flatMap(Optional::stream).toList();
    }

    private static Optional<Long> sum(Map<CellKey, Long> shown, Collection<CellKey> cells) {
        long total = 0;
        for (CellKey cell : cells) {
            Long count = shown.get(cell);
            if (count == null) {
                return Optional.empty();
            }
            total += count;
        }
        return Optional.of(total);
    }
}
