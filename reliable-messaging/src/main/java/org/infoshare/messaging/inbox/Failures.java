package org.infoshare.messaging.inbox;

import org.infoshare.events.InvalidEventException;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure that may pass (the database refusing logins, a restart, a pool or lock timeout,
 * a broken connection) from one that never will (a record that cannot be read). Decided on the
 * cause chain by exception type and PostgreSQL SQLSTATE class, never by message text, which may
 * quote column values.
 */
public final class Failures {

    /**
     * SQLSTATE classes and codes that describe the server's state, not the statement: connection
     * (08), invalid authorisation such as a login refused for a while (28), transaction rollback
     * on serialisation or deadlock (40), insufficient resources (53), operator intervention such
     * as a shutdown or restart (57), system error (58), lock not available (55P03).
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "28", "40", "53", "57", "58");
    private static final Set<String> TRANSIENT_CODES = Set.of("55P03");

    /** Types found in the chains of Hibernate Reactive, the Vert.x clients and Kafka, by name so no module depends on them. */
    private static final Set<String> TRANSIENT_TYPES = Set.of(
            "io.vertx.sqlclient.ClosedConnectionException",
            "io.vertx.core.http.ConnectionPoolTooBusyException",
            "io.netty.channel.ConnectTimeoutException",
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.PessimisticLockException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.QueryTimeoutException",
            "org.apache.kafka.common.errors.RetriableException");

    private Failures() {
    }

    public static FailureKind classify(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof InvalidEventException || t instanceof RefusedEventException) {
                return FailureKind.PERMANENT;
            }
            if (isTransient(t)) {
                return FailureKind.TRANSIENT;
            }
        }
        return FailureKind.UNKNOWN;
    }

    /** A description safe for logs, metrics and the audit trail: types and SQLSTATEs, no message text. */
    public static String describe(Throwable failure) {
        if (failure instanceof InvalidEventException || failure instanceof RefusedEventException) {
            return failure.getMessage(); // written to name fields, never to quote values
        }
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
            sqlState(t).ifPresent(state -> text.append(" (SQLSTATE ").append(state).append(')'));
        }
        return text.toString();
    }

    private static boolean isTransient(Throwable t) {
        if (t instanceof IOException || t instanceof TimeoutException) {
            return true; // ConnectException, closed channels, timeouts
        }
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            if (TRANSIENT_TYPES.contains(type.getName())) {
                return true;
            }
        }
        // The pool's "Timeout" when no connection could be had is a bare NoStackTraceThrowable.
        if ("io.vertx.core.impl.NoStackTraceThrowable".equals(t.getClass().getName())
                || "io.vertx.core.impl.NoStackTraceTimeoutException".equals(t.getClass().getName())) {
            return true;
        }
        return sqlState(t).map(state -> TRANSIENT_CODES.contains(state)
                || (state.length() == 5 && TRANSIENT_CLASSES.contains(state.substring(0, 2)))).orElse(false);
    }

    /** PgException#getSqlState, and java.sql.SQLException#getSQLState, read reflectively. */
    static java.util.Optional<String> sqlState(Throwable t) {
        for (String accessor : new String[] {"getSqlState", "getSQLState"}) {
            try {
                Method method = t.getClass().getMethod(accessor);
                Object state = method.invoke(t);
                if (state instanceof String s && !s.isBlank()) {
                    return java.util.Optional.of(s);
                }
            } catch (ReflectiveOperationException | RuntimeException ignored) {
                // not an SQL exception
            }
        }
        return java.util.Optional.empty();
    }
}
