package org.infoshare.sharing.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.sharing.domain.Payload;
import org.infoshare.sharing.domain.RecordSource;
import org.infoshare.sharing.domain.SmallCellSuppression;

import java.util.List;
import java.util.Map;

/**
 * Payloads and release contents as JSON text: stored whole and sealed ({@link SealedColumns}), so
 * never queried into; every query reads the rows' other, non-personal columns. Record sources
 * (P2.2/P9.1) live inside them, so they needed no migration.
 */
@ApplicationScoped
class JsonColumns {

    private final ObjectMapper json;

    JsonColumns(ObjectMapper json) {
        this.json = json;
    }

    /** A release's content: its records, or its cells after suppression. */
    record Content(List<Map<String, Map<String, Object>>> records, List<SmallCellSuppression.ReleasedCell> cells,
                   List<RecordSource> sources) {

        /** Rows written before sources were carried (P9.1) have none. */
        List<RecordSource> sourcesOrNone() {
            return sources == null ? List.of() : sources;
        }
    }

    /** A payload as stored: only its two lists (the domain record's derived properties are not data). */
    record StoredPayload(List<Map<String, Map<String, Object>>> records, List<Payload.AggregateCell> cells,
                         List<RecordSource> sources) {
    }

    String write(Payload payload) {
        return write(new StoredPayload(payload.records(), payload.cells(), payload.sources()));
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON column could not be written", e);
        }
    }

    Payload payload(String text) {
        StoredPayload stored = read(text, new TypeReference<StoredPayload>() { });
        return new Payload(stored.records(), stored.cells(),
                stored.sources() == null ? List.of() : stored.sources());
    }

    /** P7.4: a cell's dimension values with sorted keys, so the same cell is always the same text. */
    String dimensions(Map<String, String> dimensions) {
        return write(new java.util.TreeMap<>(dimensions));
    }

    Map<String, String> dimensions(String text) {
        return read(text, new TypeReference<Map<String, String>>() { });
    }

    Content content(String text) {
        return read(text, new TypeReference<Content>() { });
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored JSON column could not be read", e);
        }
    }
}
