package org.infoshare.web;

import io.vertx.core.impl.NoStackTraceThrowable;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemMappersTest {

    @Test
    @DisplayName("no free database connection in time (overload) answers 503 with Retry-After, a problem that names nothing internal")
    void poolTimeoutIsServiceUnavailable() {
        Response response = new ProblemMappers().unavailable(new NoStackTraceThrowable("Timeout"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).hasToString("urn:infoshare:problem:service-unavailable");
        assertThat(problem.detail()).doesNotContain("Timeout").doesNotContain("Throwable");
    }
}
