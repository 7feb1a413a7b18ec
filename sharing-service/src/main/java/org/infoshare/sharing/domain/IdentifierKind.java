package org.infoshare.sharing.domain;

import java.util.function.Predicate;

/**
 * P7.1: the kinds of direct identifier free text is screened for, each with how it is named to the
 * client. A refusal names the kind and the field, never the value found.
 */
public enum IdentifierKind {

    NHS_NUMBER("an NHS number (valid check digit)", IdentifierPatterns::nhsNumber),
    NI_NUMBER("a National Insurance number", IdentifierPatterns::niNumber),
    POSTCODE("a full UK postcode", IdentifierPatterns::postcode),
    PHONE_NUMBER("a UK phone number", IdentifierPatterns::ukPhone),
    EMAIL_ADDRESS("an e-mail address", IdentifierPatterns::email),
    DATE_OF_BIRTH("a date of birth", IdentifierPatterns::dateOfBirth),
    PERSON_NAME("a person's name (a title and a name)", IdentifierPatterns::personName);

    private final String description;
    private final Predicate<String> finder;

    IdentifierKind(String description, Predicate<String> finder) {
        this.description = description;
        this.finder = finder;
    }

    public String description() {
        return description;
    }

    /** Whether the text holds one of this kind anywhere in it. */
    public boolean foundIn(String text) {
        return finder.test(text);
    }
}
