package org.infoshare.sharing.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * P7.1: what a direct identifier looks like inside text. Patterns, not a list of people: sharing-service
 * holds no identities to compare against (they stay in consent-service's vault), and no maintained
 * library for UK identifiers was available, so the set is small, documented in the README, and
 * proven by examples (hits and near-misses) in FreeTextScreeningTest. Each finder is true when the
 * text contains at least one such identifier anywhere in it.
 */
final class IdentifierPatterns {

    /** An e-mail address: a whole value (DirectIdentifiers, every payload) or found inside text. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    /** A whole value that is a UK phone number (DirectIdentifiers, every payload). */
    static final Pattern UK_PHONE = Pattern.compile("(\\+44\\s?|0)(\\d[\\s-]?){9,10}");

    /** A run that starts like a UK number (0, +44 or (0...) ); its digits are counted afterwards. */
    private static final Pattern PHONE_IN_TEXT = Pattern.compile("(?<![\\w+])(?:\\+44|\\(?0)[\\d\\s()-]{8,16}\\d(?!\\d)");
    /** Ten digits, optionally grouped 3-3-4; only those with a valid modulus-11 check digit count. */
    private static final Pattern NHS_NUMBER = Pattern.compile("(?<![\\d-])(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?![\\d-])");
    /** HMRC's format: two prefix letters (not D, F, I, Q, U, V; second not O; not BG GB KN NK NT TN ZZ), six digits, A-D. */
    private static final Pattern NI_NUMBER = Pattern.compile("(?<![A-Za-z0-9])(?!(?:BG|GB|KN|NK|NT|TN|ZZ))"
            + "[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D](?![A-Za-z0-9])",
            Pattern.CASE_INSENSITIVE);
    /** A full postcode (outward and inward code); the outward code alone (a district) is not one. */
    private static final Pattern POSTCODE = Pattern.compile("(?<![A-Za-z0-9])[A-PR-UWYZ][A-HK-Y]?\\d[A-HJKPSTUW\\d]?"
            + "\\s?(\\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
    /** "1st", "2nd", "3rd", "4th": ordinals in ordinary prose ("A1 2nd floor"), never an inward code. */
    private static final Pattern ORDINAL = Pattern.compile("\\d(?:st|nd|rd|th)");
    private static final String DATE = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}"
            + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})";
    /** A full date announced as a birth date; a date alone ("seen on 12/03/2024") is not one. */
    private static final Pattern DATE_OF_BIRTH = Pattern.compile("\\b(?:born|d\\.?o\\.?b|date\\s+of\\s+birth"
            + "|birth\\s*date|birthday)\\b[.:\\s-]*(?:(?:is|was|on)\\s+)?" + DATE, Pattern.CASE_INSENSITIVE);
    /** A title, as written (capitalised or in capitals), then a capitalised name or an initial. */
    private static final Pattern PERSON_NAME = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord"
            + "|Rev|Revd|MR|MRS|MS|MISS|MX|DR|PROF|SIR|DAME|LADY|LORD|REV|REVD)\\b\\.?\\s+\\p{Lu}(?:[\\p{L}'’-]+|\\b)");

    private IdentifierPatterns() {
    }

    static boolean email(String text) {
        return EMAIL.matcher(text).find();
    }

    static boolean ukPhone(String text) {
        Matcher m = PHONE_IN_TEXT.matcher(text);
        while (m.find()) {
            // "+44 (0)1206 ..." writes the trunk 0 it drops: not a digit of the number
            String digits = m.group().replace("(0)", "").replaceAll("\\D", "");
            if (digits.startsWith("44") ? digits.length() == 11 || digits.length() == 12
                    : digits.length() == 10 || digits.length() == 11) {
                return true;
            }
        }
        return false;
    }

    static boolean nhsNumber(String text) {
        Matcher m = NHS_NUMBER.matcher(text);
        while (m.find()) {
            if (nhsCheckDigitValid(m.group(1) + m.group(2) + m.group(3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The NHS number's modulus-11 check: the first nine digits weighted 10 down to 2, summed; 11
     * minus the remainder by 11 is the tenth digit (11 counts as 0; 10 is never valid).
     */
    static boolean nhsCheckDigitValid(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (tenDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == tenDigits.charAt(9) - '0';
    }

    static boolean niNumber(String text) {
        return NI_NUMBER.matcher(text).find();
    }

    static boolean postcode(String text) {
        Matcher m = POSTCODE.matcher(text);
        while (m.find()) {
            if (!ORDINAL.matcher(m.group(1)).matches()) {
                return true;
            }
        }
        return false;
    }

    static boolean dateOfBirth(String text) {
        return DATE_OF_BIRTH.matcher(text).find();
    }

    static boolean personName(String text) {
        return PERSON_NAME.matcher(text).find();
    }
}
