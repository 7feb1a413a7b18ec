package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.PartCompleteness;
import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectAccessAnswerRuleTest {

    private static final Instant RECEIVED = Instant.parse("2026-01-31T10:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 2, 28);

    @Test
    @DisplayName("P12.2 an answer with every part, reviewed, is released once; the second release is refused by state")
    void releasedOnce() {
        SubjectAccessAnswer ready = answer(verified(), allParts(), reviewed());
        assertThat(SubjectAccessAnswerRule.release(ready)).isEmpty();

        SubjectAccessAnswer released = answer(verified(), allParts(),
                reviewed().releasedBy("dpo-1", RECEIVED.plusSeconds(60)));
        Optional<RuleResult> again = SubjectAccessAnswerRule.release(released);
        assertThat(again).get().satisfies(r -> {
            assertThat(r.ruleId()).isEqualTo("P12.2");
            assertThat(r.effect()).isEqualTo(RuleResult.Effect.REFUSE);
            assertThat(r.cause()).isEqualTo(RuleResult.Cause.STATE);
            assertThat(r.explanation()).contains("released once");
        });
        assertThat(SubjectAccessAnswerRule.review(released)).isPresent();
    }

    @Test
    @DisplayName("P12.2 a missing part is never released as a silent gap: review and release name the missing service")
    void missingPartRefused() {
        List<SubjectAccessPart> twoOfThree = allParts().subList(0, 2);
        SubjectAccessAnswer answer = answer(verified(), twoOfThree, reviewed());
        assertThat(SubjectAccessAnswerRule.review(answer)).get()
                .satisfies(r -> assertThat(r.explanation()).contains("audit-service"));
        assertThat(SubjectAccessAnswerRule.release(answer)).get()
                .satisfies(r -> assertThat(r.explanation()).contains("audit-service"));
    }

    @Test
    @DisplayName("P12.2 the release needs the DPO's review, and nothing goes before identity is verified")
    void reviewAndIdentityFirst() {
        assertThat(SubjectAccessAnswerRule.release(answer(verified(), allParts(), none()))).get()
                .satisfies(r -> assertThat(r.explanation()).contains("reviews"));
        assertThat(SubjectAccessAnswerRule.review(answer(verified(), allParts(), none()))).isEmpty();
        assertThat(SubjectAccessAnswerRule.review(answer(unverified(), allParts(), none()))).get()
                .satisfies(r -> assertThat(r.explanation()).contains("identity"));
    }

    @Test
    @DisplayName("P12.2 a part left partial (records omitted) still counts as arrived: the DPO sees its completeness")
    void partialPartCounts() {
        List<SubjectAccessPart> parts = List.of(part("sharing-service", PartCompleteness.PARTIAL, 12),
                part("breach-service", PartCompleteness.COMPLETE, 0), part("audit-service", PartCompleteness.COMPLETE, 0));
        assertThat(SubjectAccessParts.missing(parts)).isEmpty();
        assertThat(SubjectAccessAnswerRule.release(answer(verified(), parts, reviewed()))).isEmpty();
    }

    static SubjectAccessRequest unverified() {
        return SubjectAccessRequest.received(UUID.randomUUID(), "subj-1", SubjectAccessRequest.RequestChannel.PHONE,
                RECEIVED, "staff-1", RECEIVED);
    }

    static SubjectAccessRequest verified() {
        return unverified().verified(new SubjectAccessRequest.IdentityVerification("photo ID", "staff-1",
                RECEIVED.plusSeconds(10)), LocalDate.of(2026, 1, 31));
    }

    static List<SubjectAccessPart> allParts() {
        return SubjectAccessParts.EXPECTED.stream().map(s -> part(s, PartCompleteness.COMPLETE, 0)).toList();
    }

    static SubjectAccessPart part(String service, PartCompleteness completeness, int omitted) {
        return new SubjectAccessPart(UUID.randomUUID(), service, completeness, omitted, List.of(), RECEIVED, RECEIVED);
    }

    private static SubjectAccessAnswerState none() {
        return SubjectAccessAnswerState.none(UUID.randomUUID());
    }

    private static SubjectAccessAnswerState reviewed() {
        return none().reviewedBy("dpo-1", RECEIVED.plusSeconds(30));
    }

    private static SubjectAccessAnswer answer(SubjectAccessRequest request, List<SubjectAccessPart> parts,
                                              SubjectAccessAnswerState state) {
        DataSubject subject = null;
        return new SubjectAccessAnswer(request, new SubjectFile(subject, List.of(), List.of(request)), parts, state);
    }

    @Test
    @DisplayName("P12.2 the due date of the example request is one calendar month after receipt")
    void dueDateOfTheExample() {
        assertThat(verified().dueDate()).isEqualTo(DUE);
    }
}
