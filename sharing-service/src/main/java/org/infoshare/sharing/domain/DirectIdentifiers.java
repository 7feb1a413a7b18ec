package org.infoshare.sharing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * P7.1: direct identifiers are removed before anything is shared. sharing-service goes further: it
 * never accepts one, since identity lives only in consent-service's vault. A field is refused by
 * its name (name, address, e-mail, phone, date of birth, NHS or NI number) or by a value that looks
 * like an e-mail address or a UK phone number. In a personal share, free text is screened further,
 * for identifiers anywhere inside it ({@link FreeTextScreening}).
 */
public final class DirectIdentifiers {

    public static final String RULE_ID = "P7.1";

    private static final Set<String> NAMES = Set.of("name", "firstname", "forename", "lastname", "surname",
            "fullname", "middlename", "address", "addressline", "addressline1", "addressline2", "street", "email",
            "emailaddress", "phone", "phonenumber", "telephone", "mobile", "mobilenumber", "dateofbirth", "dob",
            "birthdate", "nhsnumber", "nhsno", "nino", "nationalinsurancenumber");

    private DirectIdentifiers() {
    }

    /** Where the payload holds a direct identifier, as {@code records[i].category.field}; empty when none. */
    public static List<String> findIn(Payload payload) {
        return find(payload, true);
    }

    /**
     * Fields named as a direct identifier only: for personal shares, whose values are screened
     * whole by {@link FreeTextScreening}, which also names the kind found.
     */
    public static List<String> findByName(Payload payload) {
        return find(payload, false);
    }

    private static List<String> find(Payload payload, boolean byValue) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < payload.records().size(); i++) {
            for (Map.Entry<String, Map<String, Object>> category : payload.records().get(i).entrySet()) {
                for (Map.Entry<String, Object> field : category.getValue().entrySet()) {
                    if (isIdentifier(field.getKey(), byValue ? field.getValue() : null)) {
                        found.add("records[" + i + "]." + category.getKey() + "." + field.getKey());
                    }
                }
            }
        }
        for (int i = 0; i < payload.cells().size(); i++) {
            for (Map.Entry<String, String> dimension : payload.cells().get(i).dimensions().entrySet()) {
                if (isIdentifier(dimension.getKey(), byValue ? dimension.getValue() : null)) {
                    found.add("cells[" + i + "].dimensions." + dimension.getKey());
                }
            }
        }
        return found;
    }

    static boolean isIdentifier(String field, Object value) {
        String normalised = field.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (NAMES.contains(normalised)) {
            return true;
        }
        return value instanceof String text
                && (IdentifierPatterns.EMAIL.matcher(text.trim()).matches()
                || IdentifierPatterns.UK_PHONE.matcher(text.trim()).matches());
    }
}
