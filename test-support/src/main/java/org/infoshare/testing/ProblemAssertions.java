package org.infoshare.testing;

import io.restassured.response.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that an error answer is an RFC 9457 problem that reveals nothing of the implementation. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static void assertProblem(Response response, int status) {
        assertThat(response.statusCode()).as("status of %s", response.body().asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(response.jsonPath().getString("type")).startsWith("urn:infoshare:problem:");
        assertThat(response.body().asString())
                .as("a problem never names classes or packages")
                .doesNotContainPattern("(java|javax|jakarta|org|com|io)\\.[a-z]+\\.")
                .doesNotContain("Exception");
    }

    public static void assertProblem(Response response, int status, String typeSuffix) {
        assertProblem(response, status);
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:infoshare:problem:" + typeSuffix);
    }
}
