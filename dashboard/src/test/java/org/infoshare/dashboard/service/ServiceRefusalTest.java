package org.infoshare.dashboard.service;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: a service's problem details read as sentences under the form's own labels. */
class ServiceRefusalTest {

    private static final Map<String, String> LABELS = Map.of("factors", "Factors weighed",
            "likelihood", "Likelihood of harm");

    @Test
    @DisplayName("issue 13: field errors use the form's labels and plain words, not the API's field names")
    void fieldErrorsInWords() {
        String body = """
                {"type":"urn:infoshare:problem:validation-failed","title":"Validation failed","status":400,
                 "detail":"The request has 2 invalid field(s)",
                 "errors":[{"field":"likelihood","message":"must not be null"},
                           {"field":"factors[0]","message":"size must be between 0 and 500"}]}""";
        assertThat(ServiceRefusal.explain(400, body, "breach-service", LABELS))
                .isEqualTo("2 answers need changing. Likelihood of harm is required. "
                        + "Factors weighed is too long: at most 500 (characters or entries).");
    }

    @Test
    @DisplayName("issue 13: a rule's refusal keeps its detail and names the policy rules")
    void ruleRefusal() {
        String body = """
                {"title":"Unprocessable","status":422,"detail":"P12.2 a request may be extended by two months at most in all"}""";
        assertThat(ServiceRefusal.explain(422, body, "consent-service", LABELS))
                .isEqualTo("P12.2 a request may be extended by two months at most in all.");
        String withRules = """
                {"title":"Conflict","status":409,"detail":"the breach is not reportable","rules":["P14.2"]}""";
        assertThat(ServiceRefusal.explain(409, withRules, "breach-service", LABELS))
                .isEqualTo("This conflicts with what is already recorded. The breach is not reportable. Policy rules: P14.2.");
    }

    @Test
    @DisplayName("issue 13: a body that is not problem details still says which service failed and that nothing was saved")
    void unreadableBody() {
        assertThat(ServiceRefusal.explain(502, "<html>Bad gateway</html>", "breach-service", LABELS))
                .isEqualTo("The breach-service could not record it now; nothing was saved, try again.");
    }
}
