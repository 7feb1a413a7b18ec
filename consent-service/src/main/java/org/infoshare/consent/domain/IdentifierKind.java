package org.infoshare.consent.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The exact identifiers a person can be looked up by, each with the normal form that makes two
 * spellings of the same identifier meet in the blind index.
 */
public enum IdentifierKind {
    EMAIL {
        @Override
        public String normalise(String value) {
            return value.trim().toLowerCase(Locale.ROOT);
        }
    },
    PHONE {
        @Override
        public String normalise(String value) {
            String digits = value.replaceAll("[^0-9+]", "");
            // A UK number given nationally (07...) and internationally (+447...) is the same number.
            return digits.startsWith("+44") ? "0" + digits.substring(3) : digits;
        }
    },
    NAME_AND_DATE_OF_BIRTH {
        @Override
        public String normalise(String value) {
            return value.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    };

    public abstract String normalise(String value);

    /** The value of {@link #NAME_AND_DATE_OF_BIRTH} for a person: "given family|yyyy-mm-dd". */
    public static String nameAndDateOfBirth(String givenName, String familyName, LocalDate dateOfBirth) {
        return givenName + " " + familyName + "|" + dateOfBirth;
    }

    /** The identifiers of this kind a given identity can be found by. */
    public Optional<String> valueOf(Identity identity) {
        return switch (this) {
            case EMAIL -> identity.email();
            case PHONE -> identity.phone();
            case NAME_AND_DATE_OF_BIRTH -> identity.dateOfBirth()
                    .map(dob -> nameAndDateOfBirth(identity.givenName(), identity.familyName(), dob));
        };
    }
}
