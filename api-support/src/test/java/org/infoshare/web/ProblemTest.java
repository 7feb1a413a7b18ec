package org.infoshare.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    @DisplayName("a policy refusal names the refusing rules as the problem's 'rules' member, copied")
    void refusalNamesItsRules() throws Exception {
        List<String> rules = new ArrayList<>(List.of("P6.2a", "P1.3"));
        Problem problem = new ProblemException(Problem.refusedBy(ProblemType.UNPROCESSABLE, "refused", rules)).problem();
        rules.add("P9.1");

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.rules()).containsExactly("P6.2a", "P1.3");
        assertThat(json.readTree(json.writeValueAsString(problem)).get("rules").toString())
                .isEqualTo("[\"P6.2a\",\"P1.3\"]");
    }

    @Test
    @DisplayName("a refusal of several inputs keeps each field's message beside the refusing rules")
    void refusalWithFieldErrors() {
        Problem problem = Problem.refusedBy(ProblemType.UNPROCESSABLE, "a; b",
                List.of(new Problem.FieldError("consent", "P6.5 a"), new Problem.FieldError("consent", "P4.1 b")),
                List.of("P6.5", "P4.1"));

        assertThat(problem.errors()).extracting(Problem.FieldError::message).containsExactly("P6.5 a", "P4.1 b");
        assertThat(problem.rules()).containsExactly("P6.5", "P4.1");
        assertThat(Problem.refusedBy(ProblemType.CONFLICT, "c", List.of(), List.of("P14.2")).errors()).isNull();
    }

    @Test
    @DisplayName("any other problem has no 'rules' member")
    void otherProblemsNameNoRules() throws Exception {
        String body = json.writeValueAsString(Problem.of(ProblemType.CONFLICT, "taken"));
        assertThat(json.readTree(body).has("rules")).isFalse();
    }
}
