package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** P7.1: a personal share's free text is screened for direct identifiers; the examples the README quotes. */
class FreeTextScreeningTest {

    private static ShareRequest personal(Object summary) {
        return personal(summary, "ward-7 nursing notes");
    }

    private static ShareRequest personal(Object summary, String source) {
        java.util.Map<String, Object> fields = new java.util.HashMap<>();
        fields.put("theme", "discharge");
        fields.put("summary", summary);
        return Shares.consentShare().withPayload(new Payload(List.of(Map.of("experience", fields)), List.of(),
                List.of(new RecordSource(source, RecordMedium.ELECTRONIC, LocalDate.of(2026, 1, 5)))));
    }

    @ParameterizedTest(name = "P7.1 {1} found in \"{0}\"")
    @DisplayName("P7.1 direct identifiers in free text are found, by kind")
    @CsvSource(delimiter = '|', textBlock = """
            NHS number 943 476 5919 on the letter          | NHS_NUMBER
            ref 9434765919                                 | NHS_NUMBER
            nhs: 401-023-2137                              | NHS_NUMBER
            NI AB 12 34 56 C on the form                   | NI_NUMBER
            ni ab123456c                                   | NI_NUMBER
            lives at CO4 3SQ now                           | POSTCODE
            moved to sw1a1aa                               | POSTCODE
            ring 07700 900123 after five                   | PHONE_NUMBER
            daughter on +44 (0)1206 873333                 | PHONE_NUMBER
            office (01206) 873333                          | PHONE_NUMBER
            write to jo.bloggs@example.org please          | EMAIL_ADDRESS
            DOB: 12/03/1985                                | DATE_OF_BIRTH
            she was born on 3rd March 1985                 | DATE_OF_BIRTH
            date of birth 1985-03-12                       | DATE_OF_BIRTH
            seen by Dr Patel on the ward                   | PERSON_NAME
            Mrs O'Brien called twice                       | PERSON_NAME
            MR SMITH refused the leaflet                   | PERSON_NAME
            Dr. J Patel signed it                          | PERSON_NAME
            """)
    void identifiersAreFound(String text, IdentifierKind kind) {
        assertThat(FreeTextScreening.screen(personal(text)))
                .contains(new FreeTextScreening.Hit("records[0].experience.summary", kind));
    }

    @ParameterizedTest(name = "P7.1 near miss passes: \"{0}\"")
    @DisplayName("P7.1 near misses pass: an invalid check digit, no full postcode, no birth, no title")
    @ValueSource(strings = {
            "NHS number 943 476 5918 (wrong check digit)",
            "ref 1234567890",
            "QQ 12 34 56 C is the form's example",
            "lives in CO4, near the hospital",
            "ward A1 2nd floor",
            "call 111 out of hours",
            "ward 7, bed 12, rating 4 of 5",
            "seen on 12/03/2024 at 14:30",
            "born in 1985",
            "saw the dr today; Dr appointment missed",
            "discharged without medication, aged 40-49",
    })
    void nearMissesPass(String text) {
        assertThat(FreeTextScreening.screen(personal(text))).isEmpty();
    }

    @Test
    @DisplayName("P7.1 the NHS number's modulus-11 check digit decides")
    void nhsCheckDigit() {
        assertThat(IdentifierPatterns.nhsCheckDigitValid("9434765919")).isTrue();
        assertThat(IdentifierPatterns.nhsCheckDigitValid("9434765918")).isFalse();
        assertThat(IdentifierPatterns.nhsCheckDigitValid("4010232137")).isTrue();
    }

    @Test
    @DisplayName("P7.1 numbers and each record's source are screened too")
    void numbersAndSources() {
        assertThat(FreeTextScreening.screen(personal(9434765919L)))
                .containsExactly(new FreeTextScreening.Hit("records[0].experience.summary", IdentifierKind.NHS_NUMBER));
        assertThat(FreeTextScreening.screen(personal("no concerns", "Dr Patel's notes")))
                .containsExactly(new FreeTextScreening.Hit("sources[0].source", IdentifierKind.PERSON_NAME));
    }

    @Test
    @DisplayName("P7.1 a hit refuses, naming the field and the kind, never the value")
    void refusalNamesFieldAndKindOnly() {
        RuleResult refused = FreeTextScreening.check(personal("NHS number 943 476 5919, seen by Dr Patel"))
                .orElseThrow();

        assertThat(refused.ruleId()).isEqualTo("P7.1");
        assertThat(refused.effect()).isEqualTo(RuleResult.Effect.REFUSE);
        assertThat(refused.explanation()).contains("records[0].experience.summary", "an NHS number", "a person's name")
                .doesNotContain("943", "5919", "Patel");
        assertThat(FreeTextScreening.check(personal("sent home without medication")).orElseThrow().effect())
                .isEqualTo(RuleResult.Effect.SATISFIED);
    }

    @Test
    @DisplayName("P7.1 only personal shares are screened; their identifier fields are still refused by name")
    void onlyPersonalShares() {
        ShareRequest aggregate = Shares.aggregateShare().withPayload(new Payload(List.of(Map.of("experience",
                Map.of("summary", "seen by Dr Patel"))), List.of()));
        assertThat(FreeTextScreening.screen(aggregate)).isEmpty();
        assertThat(FreeTextScreening.check(aggregate)).isEmpty();

        Payload withNameField = new Payload(List.of(Map.of("experience",
                Map.of("fullName", "x", "summary", "someone@example.org"))), List.of());
        assertThat(DirectIdentifiers.findByName(withNameField)).containsExactly("records[0].experience.fullName");
        assertThat(DirectIdentifiers.findIn(withNameField)).hasSize(2);
    }
}
