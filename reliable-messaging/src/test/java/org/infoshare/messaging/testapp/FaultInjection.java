package org.infoshare.messaging.testapp;

import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes the ledger consumer's effect fail for one subject a given number of times, and counts attempts. */
@ApplicationScoped
public class FaultInjection {

    public enum Kind {
        /** What PostgreSQL answers while it refuses logins (SQLSTATE 28000). */
        LOGIN_REFUSED,
        /** A failure nothing recognises, holding a value that must not reach the dead-letter reason. */
        UNRECOGNISED
    }

    private record Fault(Kind kind, AtomicInteger left) {
    }

    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public void failNext(String subjectId, Kind kind, int times) {
        faults.put(subjectId, new Fault(kind, new AtomicInteger(times)));
    }

    /** The subject's effect succeeds from now on (the fix an operator replays after). */
    public void clear(String subjectId) {
        faults.remove(subjectId);
    }

    /** The fault passes: the next attempt succeeds. */
    public void heal(String subjectId) {
        faults.remove(subjectId);
    }

    public int attempts(String subjectId) {
        return attempts.getOrDefault(subjectId, new AtomicInteger()).get();
    }

    void strike(String subjectId) {
        attempts.computeIfAbsent(subjectId, s -> new AtomicInteger()).incrementAndGet();
        Fault fault = faults.get(subjectId);
        if (fault == null || fault.left().getAndDecrement() <= 0) {
            return;
        }
        throw switch (fault.kind()) {
            case LOGIN_REFUSED -> new PgException("role \"x\" is not permitted to log in", "FATAL", "28000", null);
            case UNRECOGNISED -> new IllegalStateException("bug while applying " + subjectId);
        };
    }
}
