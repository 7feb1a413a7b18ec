package org.infoshare.sharing.api;

/** Patterns of the identifiers the API accepts. */
final class Tokens {

    /** Partner ids, purposes and data categories: lower-case words joined by hyphens. */
    static final String CODE = "[a-z0-9][a-z0-9-]{1,63}";
    static final String CODE_MESSAGE = "must be a lower-case code of 2 to 64 letters, digits or hyphens";

    private Tokens() {
    }
}
