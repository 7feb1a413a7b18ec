package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.Sensitivity;
import org.infoshare.events.vocabulary.ShareBasis;
import org.infoshare.events.vocabulary.SpecialCategoryData;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * P4.1: lawful bases use the GDPR vocabulary. A share of personal data on a basis other than consent
 * names its Art. 6(1) basis, one that fits the basis it claims (a legal duty is (c); serious harm
 * (d), (e) or (f); public interest (e) or (f)); when the data is special category (health and the
 * like, by category or classed SPECIAL_CATEGORY) it also names an Art. 9(2) condition other than
 * explicit consent. A consent share rests on Art. 6(1)(a); its Art. 9(2) condition is the consent's
 * own, checked by consent-service when the consent was given.
 */
public final class LawfulConditionRule {

    public static final String ID = "P4.1";

    static final Map<ShareBasis, Set<LawfulBasis>> FITTING = Map.of(
            ShareBasis.LEGAL_DUTY, Set.of(LawfulBasis.C),
            ShareBasis.SERIOUS_HARM, Set.of(LawfulBasis.D, LawfulBasis.E, LawfulBasis.F),
            ShareBasis.PUBLIC_INTEREST, Set.of(LawfulBasis.E, LawfulBasis.F));

    private LawfulConditionRule() {
    }

    public static Optional<RuleResult> check(ShareContext context) {
        ShareRequest request = context.request();
        if (!request.personal()) {
            return Optional.empty();
        }
        Optional<LawfulCondition> condition = request.lawfulCondition();
        if (request.basis() == ShareBasis.CONSENT) {
            if (condition.isPresent() && condition.get().article6() != LawfulBasis.A) {
                return Optional.of(RuleResult.refuse(ID, "a consent share rests on Art. 6(1)(a), not "
                        + condition.get().label()));
            }
            return Optional.of(RuleResult.satisfied(ID, "Art. 6(1)(a) consent"));
        }
        boolean special = specialCategory(request);
        if (condition.isEmpty()) {
            return Optional.of(RuleResult.refuse(ID, request.basis() + " names its Art. 6(1) basis"
                    + (special ? " and, for special category data, its Art. 9(2) condition" : "")));
        }
        LawfulCondition c = condition.get();
        if (!FITTING.getOrDefault(request.basis(), Set.of()).contains(c.article6())) {
            return Optional.of(RuleResult.refuse(ID, "Art. 6(1)(" + c.article6().name().toLowerCase()
                    + ") does not fit " + request.basis()));
        }
        if (special && c.article9().isEmpty()) {
            return Optional.of(RuleResult.refuse(ID, "special category data (e.g. health) needs an Art. 9(2) condition"));
        }
        if (c.article9().filter(a -> a == Article9Condition.A).isPresent()) {
            return Optional.of(RuleResult.refuse(ID, "Art. 9(2)(a) is explicit consent; " + request.basis()
                    + " names another condition"));
        }
        return Optional.of(RuleResult.satisfied(ID, c.label() + " for " + request.basis()));
    }

    /** Health and the like, by category (the list shared with consent-service) or by its class. */
    public static boolean specialCategory(ShareRequest request) {
        return SpecialCategoryData.anyIn(request.dataCategories())
                || request.sensitivity().filter(s -> s == Sensitivity.SPECIAL_CATEGORY).isPresent();
    }
}
