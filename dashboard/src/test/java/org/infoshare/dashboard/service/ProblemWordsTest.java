package org.infoshare.dashboard.service;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13, staff work: a service's RFC 9457 problem in words, each field error beside its form field. */
class ProblemWordsTest {

    private static final Map<String, FormField> FIELDS = FormField.map(
            "givenName", new FormField("givenName", "given name"),
            "email", new FormField("email", "e-mail address"),
            "address", new FormField("addressLine1", "address"),
            "address.postcode", new FormField("postcode", "postcode"),
            "capture.takenAt", new FormField("takenAt", "time it was given"),
            "informationSheetId", new FormField("informationSheetId", "information sheet"));

    @Test
    @DisplayName("issue 13: a validation problem's field errors go to their fields, in words, and the summary counts them")
    void validationErrorsOnTheirFields() {
        Refusal refusal = ProblemWords.explain("consent service", 400, """
                {"type":"urn:infoshare:problem:validation-failed","title":"Validation failed","status":400,
                 "detail":"The request has 3 invalid field(s)","errors":[
                  {"field":"givenName","message":"must not be blank"},
                  {"field":"email","message":"must be a well-formed email address"},
                  {"field":"address.postcode","message":"must be a postcode"}]}""", FIELDS);

        assertThat(refusal.status()).isEqualTo(400);
        assertThat(refusal.summary()).isEqualTo("3 answers need changing.");
        assertThat(refusal.of("givenName")).isEqualTo("Given name is required.");
        assertThat(refusal.of("email")).isEqualTo("E-mail address must be an e-mail address, like name@example.org.");
        assertThat(refusal.of("postcode")).isEqualTo("Postcode must be a postcode.");
        assertThat(refusal.general()).isEmpty();
        assertThat(refusal.rules()).isEmpty();
    }

    @Test
    @DisplayName("issue 13: a nested or indexed path goes to the nearest mapped field; an unmapped one to the summary, in words")
    void nestedAndUnmappedPaths() {
        Refusal refusal = ProblemWords.explain("consent service", 400, """
                {"type":"urn:infoshare:problem:validation-failed","status":400,"errors":[
                  {"field":"address.lines[0]","message":"size must be between 0 and 100"},
                  {"field":"capture.takenAt","message":"must be a date in the past or in the present"},
                  {"field":"recipientPartnerKinds[2]","message":"must not be blank"}]}""", FIELDS);

        assertThat(refusal.of("addressLine1")).isEqualTo("Address is too long: at most 100 (characters or entries).");
        assertThat(refusal.of("takenAt")).isEqualTo("Time it was given cannot be in the future.");
        assertThat(refusal.general()).containsExactly("Recipient partner kinds is required.");
    }

    @Test
    @DisplayName("issue 13: a policy refusal keeps the rule's own sentence and names each rule id with what it is about (P6.5, P6.9)")
    void policyRefusalWithRules() {
        Refusal refusal = ProblemWords.explain("consent service", 422, """
                {"type":"urn:infoshare:problem:policy-refused","status":422,
                 "detail":"the information sheet is not published; verbal consent needs notes of what was said",
                 "errors":[{"field":"informationSheetId","message":"No information sheet has this id"},
                           {"field":"consent","message":"verbal consent needs notes of what was said"}],
                 "rules":["P6.5","P6.9","X9"]}""", FIELDS);

        assertThat(refusal.summary()).isEqualTo("The consent service refused it, for the reasons below.");
        assertThat(refusal.of("informationSheetId")).isEqualTo("No information sheet has this id.");
        assertThat(refusal.general()).containsExactly("Verbal consent needs notes of what was said.");
        assertThat(refusal.rules()).containsExactly("P6.5 (informed consent: the information sheet)",
                "P6.9 (capacity and who may consent for the person)", "X9");
    }

    @Test
    @DisplayName("issue 13: a conflict, a wrong type and an unreadable body are still said in words")
    void otherProblems() {
        assertThat(ProblemWords.explain("consent service", 422,
                "{\"status\":422,\"detail\":\"the person lacks capacity: a proxy must consent\",\"rules\":[\"P6.9\"]}", FIELDS)
                .summary()).isEqualTo("The person lacks capacity: a proxy must consent.");
        assertThat(ProblemWords.explain("sharing service", 409,
                "{\"status\":409,\"detail\":\"the consent is withdrawn\"}", FIELDS).summary())
                .isEqualTo("This conflicts with what is already recorded. The consent is withdrawn.");
        Refusal wrongType = ProblemWords.explain("consent service", 400, """
                {"type":"urn:infoshare:problem:invalid-field-type","status":400,
                 "errors":[{"field":"capture.takenAt","message":"has the wrong type or format"}]}""", FIELDS);
        assertThat(wrongType.summary()).isEqualTo("1 answer needs changing.");
        assertThat(wrongType.of("takenAt")).isEqualTo("Time it was given is not in a form the service can read; check it.");
        assertThat(ProblemWords.explain("breach service", 400, "<html>oops</html>", FIELDS).summary())
                .isEqualTo("The breach service could not read what was sent.");
        assertThat(ProblemWords.explain("breach service", 403,
                "{\"status\":403,\"detail\":\"Acknowledge policy version 2020-03-24 first\"}", FIELDS).summary())
                .isEqualTo("Your role may not do this. Acknowledge policy version 2020-03-24 first.");
    }

    @Test
    @DisplayName("issue 13: numbers' limits and patterns read as sentences about the field")
    void limitsAndPatterns() {
        assertThat(ProblemWords.sentence("days before re-confirmation", "must be greater than or equal to 1"))
                .isEqualTo("Days before re-confirmation must be at least 1.");
        assertThat(ProblemWords.sentence("days before re-confirmation", "must be less than or equal to 3650"))
                .isEqualTo("Days before re-confirmation must be at most 3650.");
        assertThat(ProblemWords.sentence("partner", "must match \"[a-z0-9][a-z0-9-]{1,63}\""))
                .isEqualTo("Partner is not in the expected format.");
        assertThat(ProblemWords.sentence("partner", "must be a lower-case code of 2 to 64 letters, digits or hyphens"))
                .isEqualTo("Partner must be a lower-case code of 2 to 64 letters, digits or hyphens.");
        assertThat(ProblemWords.words("capture.takenAt")).isEqualTo("capture taken at");
    }
}
