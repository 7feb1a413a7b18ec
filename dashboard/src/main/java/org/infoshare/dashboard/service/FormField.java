package org.infoshare.dashboard.service;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A field of a staff work form: its name (the input's id) and its label, as the person reads it.
 * {@link #map} ties the API's JSON paths to them, so a problem naming {@code capture.takenAt} is
 * shown next to the "Taken at" input.
 */
public record FormField(String name, String label) {

    /** Pairs of API path and field: {@code map("givenName", new FormField(...), ...)}. */
    public static Map<String, FormField> map(Object... pathsAndFields) {
        Map<String, FormField> map = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndFields.length; i += 2) {
            map.put((String) pathsAndFields[i], (FormField) pathsAndFields[i + 1]);
        }
        return map;
    }
}
