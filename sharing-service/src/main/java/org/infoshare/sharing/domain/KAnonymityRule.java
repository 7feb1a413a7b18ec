package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * P7.1: a non-personal record set is released only if every combination of quasi-identifiers it
 * contains is shared by at least k records (k configurable, default 5); otherwise someone in a
 * small group could be recognised. Personal shares (one subject, on a lawful basis) and aggregates
 * (P7.2 suppresses their small cells instead) are not record sets.
 */
public final class KAnonymityRule {

    public static final String ID = "P7.1";
    public static final int DEFAULT_K = 5;

    private KAnonymityRule() {
    }

    public static Optional<RuleResult> check(ShareContext context) {
        ShareRequest request = context.request();
        Payload payload = request.payload();
        if (request.personal() || payload.isAggregate() || payload.isEmpty()) {
            return Optional.empty();
        }
        int smallest = smallestClass(payload.records());
        if (smallest < context.k()) {
            return Optional.of(RuleResult.refuse(ID, "a group of " + smallest + " record(s) shares its "
                    + "quasi-identifiers " + Generalisation.QUASI_IDENTIFIERS + "; at least k=" + context.k()
                    + " are needed"));
        }
        return Optional.of(RuleResult.satisfied(ID, "every quasi-identifier group has at least k=" + context.k()
                + " records"));
    }

    /** The size of the smallest group of records with equal quasi-identifiers. */
    static int smallestClass(List<Map<String, Map<String, Object>>> records) {
        Map<Map<String, Object>, Integer> classes = new HashMap<>();
        for (Map<String, Map<String, Object>> record : records) {
            Map<String, Object> key = new HashMap<>();
            record.values().forEach(fields -> Generalisation.QUASI_IDENTIFIERS.forEach(q -> {
                if (fields.containsKey(q)) {
                    key.put(q, fields.get(q));
                }
            }));
            classes.merge(key, 1, Integer::sum);
        }
        return classes.values().stream().min(Integer::compare).orElse(0);
    }
}
