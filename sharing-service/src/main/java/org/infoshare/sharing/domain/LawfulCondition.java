package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.LawfulBasis;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * P4.1: a lawful condition in the GDPR vocabulary shared with consent-service (events): an Art. 6(1)
 * basis and, for special category data, an Art. 9(2) condition.
 */
public record LawfulCondition(LawfulBasis article6, Optional<Article9Condition> article9) {

    public LawfulCondition {
        Objects.requireNonNull(article6, "article6");
        Objects.requireNonNull(article9, "article9");
    }

    /** The condition as a short label, e.g. {@code Art6(1)(c)} or {@code Art6(1)(c)+Art9(2)(h)}. */
    public String label() {
        return "Art6(1)(" + letter(article6) + ")" + article9.map(c -> "+Art9(2)(" + letter(c) + ")").orElse("");
    }

    private static String letter(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
