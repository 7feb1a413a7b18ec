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
    @DisplayName("any other problem has no 'rules' member")
    void otherProblemsNameNoRules() throws Exception {
        String body = json.writeValueAsString(Problem.of(ProblemType.CONFLICT, "taken"));
        assertThat(json.readTree(body).has("rules")).isFalse();
    }
}
