package org.infoshare.sharing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * P7.1: direct identifiers are removed before anything is shared. sharing-service goes further: it
 * never accepts one, since identity lives only in consent-service's vault. A field is refused by
 * its name (name, address, e-mail, phone, date of birth, NHS or NI number) or by a value that looks
 * like an e-mail address or a UK phone number.
 */
public final class DirectIdentifiers {

    public static final String RULE_ID = "P7.1";

    private static final Set<String> NAMES = Set.of("name", "firstname", "forename", "lastname", "surname",
            "fullname", "middlename", "address", "addressline", "addressline1", "addressline2", "street", "email",
            "emailaddress", "phone", "phonenumber", "telephone", "mobile", "mobilenumber", "dateofbirth", "dob",
            "birthdate", "nhsnumber", "nhsno", "nino", "nationalinsurancenumber");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    private static final Pattern UK_PHONE = Pattern.compile("(\\+44\\s?|0)(\\d[\\s-]?){9,10}");

    private DirectIdentifiers() {
    }

    /** Where the payload holds a direct identifier, as {@code records[i].category.field}; empty when none. */
    public static List<String> findIn(Payload payload) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < payload.records().size(); i++) {
            for (Map.Entry<String, Map<String, Object>> category : payload.records().get(i).entrySet()) {
                for (Map.Entry<String, Object> field : category.getValue().entrySet()) {
                    if (isIdentifier(field.getKey(), field.getValue())) {
                        found.add("records[" + i + "]." + category.getKey() + "." + field.getKey());
                    }
                }
            }
        }
        for (int i = 0; i < payload.cells().size(); i++) {
            for (Map.Entry<String, String> dimension : payload.cells().get(i).dimensions().entrySet()) {
                if (isIdentifier(dimension.getKey(), dimension.getValue())) {
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
                && (EMAIL.matcher(text.trim()).matches() || UK_PHONE.matcher(text.trim()).matches());
    }
}
