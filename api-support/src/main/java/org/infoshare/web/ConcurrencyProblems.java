package org.infoshare.web;

import io.vertx.sqlclient.DatabaseException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.hibernate.JDBCException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Database failures that come from two requests meeting, not from a fault: each gets the answer a
 * client can act on instead of a 500. The database's own message is never passed on or logged
 * (it quotes the clashing key's values); only the SQLState is.
 * <ul>
 *   <li>a unique key already taken (23505), typically by a concurrent request that committed
 *       first, or a row changed since it was read (an optimistic version check): 409, since
 *       repeating the same request cannot succeed without reading the current state first;</li>
 *   <li>a serialization failure (40001), a deadlock (40P01) or a lock not granted in time
 *       (55P03): 503 with {@code Retry-After}, since the transaction rolled back whole and the
 *       same request is expected to succeed when sent again.</li>
 * </ul>
 */
final class ConcurrencyProblems {

    private static final Logger LOG = Logger.getLogger(ConcurrencyProblems.class);

    static final String UNIQUE_VIOLATION = "23505";
    static final String SERIALIZATION_FAILURE = "40001";
    static final String DEADLOCK_DETECTED = "40P01";
    static final String LOCK_NOT_AVAILABLE = "55P03";
    static final String RETRY_AFTER_SECONDS = "1";
    /** Deep enough for any wrapping seen, short enough to end on a cause cycle. */
    private static final int MAX_CAUSE_DEPTH = 16;

    private ConcurrencyProblems() {
    }

    /** The answer for a failure caused by a concurrent request, if anything in its cause chain is one. */
    static Optional<Response> answer(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                LOG.info("Concurrent change answered 409 (optimistic version check)");
                return Optional.of(changedMeanwhile());
            }
            Optional<Response> bySqlState = sqlState(cause).flatMap(ConcurrencyProblems::forSqlState);
            if (bySqlState.isPresent()) {
                return bySqlState;
            }
        }
        return Optional.empty();
    }

    private static Optional<Response> forSqlState(String state) {
        return switch (state) {
            case UNIQUE_VIOLATION -> {
                LOG.infof("Unique-key conflict answered 409 (SQLState %s)", state);
                yield Optional.of(Problem.of(ProblemType.CONFLICT, "This conflicts with a record that already exists,"
                        + " perhaps one another request has just created; read the current state before trying again")
                        .toResponse());
            }
            case SERIALIZATION_FAILURE, DEADLOCK_DETECTED, LOCK_NOT_AVAILABLE -> {
                LOG.warnf("Concurrent transaction answered 503 to retry (SQLState %s)", state);
                yield Optional.of(Response.fromResponse(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                                "Another request was changing the same records; nothing was saved, send the request again")
                                .toResponse())
                        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                        .build());
            }
            default -> Optional.empty();
        };
    }

    private static Response changedMeanwhile() {
        return Problem.of(ProblemType.CONFLICT, "Another request changed this record at the same moment;"
                + " read it again and decide whether your change still applies").toResponse();
    }

    /**
     * Hibernate Reactive reports a failed statement as a {@link JDBCException} (a unique violation
     * as its {@code ConstraintViolationException}) built from the reactive client's
     * {@link DatabaseException} ({@code PgException}); either may arrive, wrapped or not.
     */
    private static Optional<String> sqlState(Throwable cause) {
        String state = null;
        if (cause instanceof JDBCException jdbc) {
            state = jdbc.getSQLState();
        } else if (cause instanceof SQLException sql) {
            state = sql.getSQLState();
        } else if (cause instanceof DatabaseException database) {
            state = database.getSqlState();
        }
        return Optional.ofNullable(state);
    }
}
