package org.infoshare.messaging.jobs;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes a scheduled job run on one instance at a time: its transaction first takes
 * {@code pg_try_advisory_xact_lock} on an id derived from the job's name, and does the work only
 * if it got it. Every replica fires the schedule; the ones that find the lock taken skip this
 * run. The lock goes with the transaction (commit, rollback or a dead connection), so a crashed
 * instance never leaves it behind. A job under this lock must not wait on the network inside its
 * transaction: the lock lasts exactly as long as the transaction.
 */
@ApplicationScoped
public class JobLock {

    private static final Logger LOG = Logger.getLogger(JobLock.class);
    private static final String TRY_LOCK = "SELECT pg_try_advisory_xact_lock(%s)";

    /**
     * The lock id of a job: the first 8 bytes of SHA-256 of its name, the same in every JVM and
     * release (a hash code would not be), and clear of the small constants other locks use.
     */
    public static long id(String job) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("infoshare.job:" + job).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Hibernate Reactive: runs {@code work} in a transaction (the current one, if any) that holds
     * the job's lock; empty when another instance holds it.
     */
    public <T> Uni<Optional<T>> inTransaction(String job, Supplier<Uni<T>> work) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(TRY_LOCK.formatted("?1"), Boolean.class)
                        .setParameter(1, id(job)).getSingleResult())
                .chain(locked -> locked ? work.get().map(Optional::ofNullable) : skipped(job)));
    }

    /**
     * Reactive client: takes the job's lock in the transaction {@code conn} is in (it must be in
     * one: outside a transaction the lock would be released at once). False when another instance
     * holds it.
     */
    public Uni<Boolean> tryLock(SqlClient conn, String job) {
        return conn.preparedQuery(TRY_LOCK.formatted("$1")).execute(Tuple.of(id(job)))
                .map(rows -> rows.iterator().next().getBoolean(0))
                .invoke(locked -> {
                    if (!locked) {
                        LOG.debugf("Job %s skipped: another instance is running it", job);
                    }
                });
    }

    private static <T> Uni<Optional<T>> skipped(String job) {
        LOG.debugf("Job %s skipped: another instance is running it", job);
        return Uni.createFrom().item(Optional.empty());
    }
}
