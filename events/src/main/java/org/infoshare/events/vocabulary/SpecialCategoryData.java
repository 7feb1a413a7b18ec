package org.infoshare.events.vocabulary;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Data categories that are special category data under UK GDPR Art. 9(1) (health and the like):
 * processing them needs an {@link Article9Condition} besides the {@link LawfulBasis} (P4.1). One list
 * for every service, so consent and sharing agree on what needs one.
 */
public final class SpecialCategoryData {

    public static final Set<String> CATEGORIES = Set.of("health", "racial-or-ethnic-origin",
            "political-opinions", "religious-or-philosophical-beliefs", "trade-union-membership", "genetic",
            "biometric", "sex-life", "sexual-orientation");

    private SpecialCategoryData() {
    }

    /** Whether any of the categories is special category data. */
    public static boolean anyIn(Collection<String> dataCategories) {
        return dataCategories.stream().map(c -> c.toLowerCase(Locale.ROOT)).anyMatch(CATEGORIES::contains);
    }
}
