package org.infoshare.consent.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.CaptureChannel;

import java.util.ArrayList;
import java.util.List;

/**
 * P6.5: consent is informed only when it records what data, with whom, for what purpose and how
 * it will be handled, and the explicit act is evidenced: a verbal consent names who took it and
 * carries notes; a written, online or recorded one points at its evidence.
 */
public final class InformedConsentRule {

    public static final String ID = "P6.5";

    private InformedConsentRule() {
    }

    /** Why this consent is not informed and explicit; empty when it is. */
    public static List<RuleResult> problems(ConsentScope scope, String handling, Capture capture) {
        List<RuleResult> problems = new ArrayList<>();
        if (scope.purposes().isEmpty()) {
            problems.add(RuleResult.refuse(ID, "consent must name at least one purpose"));
        }
        if (scope.dataCategories().isEmpty()) {
            problems.add(RuleResult.refuse(ID, "consent must name the categories of data shared"));
        }
        if (!scope.hasRecipients()) {
            problems.add(RuleResult.refuse(ID, "consent must name recipients (partners or kinds of partner)"));
        }
        if (blank(handling)) {
            problems.add(RuleResult.refuse(ID, "consent must say how the data will be handled"));
        }
        if (capture.channel() == CaptureChannel.VERBAL) {
            if (blank(capture.notes())) {
                problems.add(RuleResult.refuse(ID, "verbal consent needs notes of what was said"));
            }
        } else if (blank(capture.evidenceReference())) {
            problems.add(RuleResult.refuse(ID, capture.channel().name().toLowerCase() + " consent needs a reference to its evidence"));
        }
        if (blank(capture.takenBy()) || capture.takenAt() == null) {
            problems.add(RuleResult.refuse(ID, "consent must record who took it and when"));
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
