package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * P7.1: direct identifiers are removed before anything is shared. A personal share (identifiable or
 * pseudonymised) carries records about one person, and their free text is where a name or a number
 * slips in: every text and number value of its records, and each record's source, is screened for
 * the {@link IdentifierKind}s. A hit refuses the share as input; the refusal names the field and
 * the kind, never the value. Aggregates and non-personal record sets are not screened here (their
 * field names and whole values are, by {@link DirectIdentifiers}).
 */
public final class FreeTextScreening {

    public static final String RULE_ID = DirectIdentifiers.RULE_ID;

    /** Where an identifier was found ({@code records[i].category.field} or {@code sources[i].source}), and its kind. */
    public record Hit(String field, IdentifierKind kind) {
    }

    private FreeTextScreening() {
    }

    /** The hits in a personal share's records and sources, in order; none for a non-personal share. */
    public static List<Hit> screen(ShareRequest request) {
        if (!request.personal()) {
            return List.of();
        }
        Payload payload = request.payload();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < payload.records().size(); i++) {
            for (Map.Entry<String, Map<String, Object>> category : payload.records().get(i).entrySet()) {
                for (Map.Entry<String, Object> field : category.getValue().entrySet()) {
                    if (field.getValue() instanceof String || field.getValue() instanceof Number) {
                        screen("records[" + i + "]." + category.getKey() + "." + field.getKey(),
                                String.valueOf(field.getValue()), hits);
                    }
                }
            }
        }
        for (int i = 0; i < payload.sources().size(); i++) {
            screen("sources[" + i + "].source", payload.sources().get(i).source(), hits);
        }
        return hits;
    }

    /** Refused with the fields and kinds found; satisfied when none; empty for a non-personal share. */
    public static Optional<RuleResult> check(ShareRequest request) {
        if (!request.personal()) {
            return Optional.empty();
        }
        List<Hit> hits = screen(request);
        if (hits.isEmpty()) {
            return Optional.of(RuleResult.satisfied(RULE_ID, "no direct identifier in the free text"));
        }
        return Optional.of(RuleResult.refuse(RULE_ID, "direct identifiers in free text: " + hits.stream()
                .map(hit -> hit.field() + " holds " + hit.kind().description()).collect(Collectors.joining("; "))));
    }

    private static void screen(String field, String text, List<Hit> hits) {
        if (text == null) {
            return;
        }
        for (IdentifierKind kind : IdentifierKind.values()) {
            if (kind.foundIn(text)) {
                hits.add(new Hit(field, kind));
            }
        }
    }
}
