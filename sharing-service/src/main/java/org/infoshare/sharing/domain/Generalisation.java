package org.infoshare.sharing.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * P7.1: quasi-identifiers are generalised before a payload is stored or shared: an exact age
 * becomes a ten-year band, a postcode its district (the outward code). Applied on receipt, so the
 * precise values are never kept.
 */
public final class Generalisation {

    public static final String RULE_ID = "P7.1";
    /** Fields the k-anonymity check groups records by. */
    public static final List<String> QUASI_IDENTIFIERS = List.of("ageBand", "postcodeDistrict", "sex", "gender",
            "ethnicity");

    private Generalisation() {
    }

    public static Payload generalise(Payload payload) {
        return new Payload(payload.records().stream().map(Generalisation::record).toList(), payload.cells(),
                payload.sources());
    }

    private static Map<String, Map<String, Object>> record(Map<String, Map<String, Object>> record) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        record.forEach((category, fields) -> {
            Map<String, Object> generalised = new LinkedHashMap<>();
            fields.forEach((field, value) -> {
                switch (field) {
                    case "age" -> generalised.put("ageBand", ageBand(value));
                    case "postcode" -> generalised.put("postcodeDistrict", district(value));
                    default -> generalised.put(field, value);
                }
            });
            out.put(category, generalised);
        });
        return out;
    }

    static String ageBand(Object age) {
        if (!(age instanceof Number number) || number.intValue() < 0) {
            return "unknown";
        }
        int years = number.intValue();
        if (years >= 90) {
            return "90+";
        }
        int low = years / 10 * 10;
        return low + "-" + (low + 9);
    }

    /** The outward code: everything before the space, or all but the last three characters. */
    static String district(Object postcode) {
        if (!(postcode instanceof String text) || text.isBlank()) {
            return "unknown";
        }
        String compact = text.trim().toUpperCase(Locale.ROOT);
        int space = compact.indexOf(' ');
        if (space > 0) {
            return compact.substring(0, space);
        }
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) : "unknown";
    }
}
