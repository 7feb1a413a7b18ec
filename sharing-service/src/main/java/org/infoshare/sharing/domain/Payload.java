package org.infoshare.sharing.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a share carries: records (each a map of data category to its fields) or an aggregate (counts
 * per cell). Exactly one of the two; personal shares carry records about their one subject. Values
 * are plain JSON scalars. {@code sources} holds, index for index, each record's source, medium and
 * date last verified (P2.2/P9.1); cells need none. It never holds a direct identifier (see {@link DirectIdentifiers}).
 */
public record Payload(List<Map<String, Map<String, Object>>> records, List<AggregateCell> cells,
                      List<RecordSource> sources) {

    public Payload {
        records = records.stream().map(Payload::copy).toList();
        cells = List.copyOf(cells);
        sources = List.copyOf(sources);
    }

    /** Without sources: {@link RecordAccuracyRule} then refers any records to the DPO (P9.1). */
    public Payload(List<Map<String, Map<String, Object>>> records, List<AggregateCell> cells) {
        this(records, cells, List.of());
    }

    /** For requests made before payloads were carried: nothing to release but the record of it. */
    public static Payload none() {
        return new Payload(List.of(), List.of());
    }

    public boolean isAggregate() {
        return !cells.isEmpty();
    }

    public boolean isEmpty() {
        return records.isEmpty() && cells.isEmpty();
    }

    private static Map<String, Map<String, Object>> copy(Map<String, Map<String, Object>> record) {
        Map<String, Map<String, Object>> copied = new LinkedHashMap<>();
        record.forEach((category, fields) -> copied.put(Objects.requireNonNull(category),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields))));
        return java.util.Collections.unmodifiableMap(copied);
    }

    /** One cell of an aggregate: a data category, the values of its dimensions, and a count. */
    public record AggregateCell(String category, Map<String, String> dimensions, long count) {

        public AggregateCell {
            Objects.requireNonNull(category, "category");
            dimensions = Map.copyOf(dimensions);
        }
    }
}
