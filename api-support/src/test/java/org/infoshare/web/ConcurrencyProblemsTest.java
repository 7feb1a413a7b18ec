package org.infoshare.web;

import io.vertx.sqlclient.DatabaseException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which database failures are two requests meeting, and what the client is told. */
class ConcurrencyProblemsTest {

    private static final String LEAKY = "duplicate key value violates unique constraint \"sheet_key\": (piece_of_work)=(Ada Lovelace)";

    @Test
    @DisplayName("a unique violation as Hibernate Reactive reports it, wrapped or not, answers 409 quoting nothing of the database's message")
    void uniqueViolationIsAConflict() {
        ConstraintViolationException violation = new ConstraintViolationException("could not execute statement",
                new SQLException(LEAKY, "23505"), "sheet_key");
        for (Throwable failure : new Throwable[] {violation, new CompletionException(violation)}) {
            Response response = ConcurrencyProblems.answer(failure).orElseThrow();
            Problem problem = problem(response, 409);
            assertThat(problem.type()).hasToString("urn:infoshare:problem:conflict");
            assertThat(problem.detail()).doesNotContain("Ada").doesNotContain("sheet_key").doesNotContain("piece_of_work")
                    .doesNotContain("Exception");
        }
    }

    @Test
    @DisplayName("the reactive client's own report of a unique violation (PgException) answers 409 too")
    void clientReportedUniqueViolationIsAConflict() {
        DatabaseException pg = new DatabaseException(LEAKY, 0, "23505") {
        };
        problem(ConcurrencyProblems.answer(new IllegalStateException("flush failed", pg)).orElseThrow(), 409);
    }

    @Test
    @DisplayName("a deadlock, a serialization failure or a lock not granted answers 503 with Retry-After: nothing was saved, send it again")
    void transientConflictsAskForARetry() {
        for (String state : new String[] {"40P01", "40001", "55P03"}) {
            Response response = ConcurrencyProblems.answer(
                    new LockAcquisitionException("could not execute statement", new SQLException("deadlock", state)))
                    .orElseThrow();
            assertThat(problem(response, 503).type()).hasToString("urn:infoshare:problem:service-unavailable");
            assertThat(response.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        }
    }

    @Test
    @DisplayName("a failed optimistic version check answers 409")
    void staleVersionIsAConflict() {
        problem(ConcurrencyProblems.answer(new OptimisticLockException("row was updated")).orElseThrow(), 409);
    }

    @Test
    @DisplayName("any other failure is no concurrency problem and stays a 500 for the general mapper")
    void otherFailuresAreNotClaimed() {
        assertThat(ConcurrencyProblems.answer(new SQLException("invalid input syntax", "22P02"))).isEmpty();
        assertThat(ConcurrencyProblems.answer(new IllegalStateException("boom"))).isEmpty();
    }

    private static Problem problem(Response response, int status) {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getEntity()).isInstanceOf(Problem.class);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.status()).isEqualTo(status);
        return problem;
    }
}
