package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.CaptureChannel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import org.infoshare.rules.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class InformedConsentRuleTest {

    @Test
    @DisplayName("P6.5 a consent naming data, recipients, purposes and handling, captured verbally with notes, is informed")
    void completeVerbalConsentIsInformed() {
        assertThat(described(InformedConsentRule.problems(Consents.scope(), "Shared pseudonymised", Consents.verbal()))).isEmpty();
    }

    @Test
    @DisplayName("P6.5 a consent missing what, with whom, why or how is refused with each reason")
    void missingElementsAreEachReported() {
        ConsentScope empty = new ConsentScope(List.of(), List.of(), List.of(), List.of());
        assertThat(described(InformedConsentRule.problems(empty, " ", Consents.verbal())))
                .hasSize(4)
                .allSatisfy(reason -> assertThat(reason).startsWith("P6.5"));
        assertThat(InformedConsentRule.problems(empty, " ", Consents.verbal()))
                .allSatisfy(refusal -> assertThat(refusal).extracting(RuleResult::ruleId, RuleResult::cause)
                        .containsExactly("P6.5", RuleResult.Cause.INPUT));
    }

    @Test
    @DisplayName("P6.5 verbal consent needs notes; written, online or recorded consent needs its evidence")
    void captureMustBeEvidenced() {
        Capture verbalWithoutNotes = new Capture(CaptureChannel.VERBAL, "staff-1", Consents.GIVEN, null, null, null);
        Capture writtenWithoutEvidence = new Capture(CaptureChannel.WRITTEN, "staff-1", Consents.GIVEN, null, "x", null);
        Capture writtenWithEvidence = new Capture(CaptureChannel.WRITTEN, "staff-1", Consents.GIVEN, null, null, "scan-42");
        assertThat(described(InformedConsentRule.problems(Consents.scope(), "h", verbalWithoutNotes))).containsExactly(
                "P6.5 verbal consent needs notes of what was said");
        assertThat(described(InformedConsentRule.problems(Consents.scope(), "h", writtenWithoutEvidence))).containsExactly(
                "P6.5 written consent needs a reference to its evidence");
        assertThat(described(InformedConsentRule.problems(Consents.scope(), "h", writtenWithEvidence))).isEmpty();
    }

    /** Each refusal as the API's problem says it: the rule id, then why. */
    private static List<String> described(List<RuleResult> refusals) {
        return refusals.stream().map(RuleResult::describe).toList();
    }
}
