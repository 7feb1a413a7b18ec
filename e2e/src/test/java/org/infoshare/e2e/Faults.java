package org.infoshare.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The faults of the fault suite, done to the real servers the way they happen in production: the
 * database refusing a service's logins, PostgreSQL restarted in immediate mode, the broker or
 * Keycloak stopped and started again. Needs root (CI and these machines run as root), since the
 * database faults act as the postgres superuser.
 */
final class Faults {

    private Faults() {
    }

    /** The service's role may no longer log in, and its open connections are cut: a database blip. */
    static void refuseLogins(String role) {
        superuserSql("ALTER ROLE " + role + " NOLOGIN");
        superuserSql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + role + "'");
    }

    static void allowLogins(String role) {
        superuserSql("ALTER ROLE " + role + " LOGIN");
    }

    /** PostgreSQL stops without a checkpoint (as a crash would) and starts again with recovery. */
    static void restartPostgresImmediately() {
        String[] cluster = run(List.of("pg_lsclusters", "-h")).trim().split("\\s+");
        run(List.of("pg_ctlcluster", cluster[0], cluster[1], "restart", "-m", "immediate"));
    }

    /** {@code deploy/local/infoshare stack stop|start <component>} (kafka, keycloak). */
    static void stack(String action, String component) {
        Path script = Path.of(System.getProperty("e2e.services.dir", "..")).resolve("deploy/local/infoshare");
        run(List.of(script.toAbsolutePath().toString(), "stack", action, component));
    }

    private static void superuserSql(String sql) {
        run(List.of("runuser", "-u", "postgres", "--", "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", "postgres",
                "-c", sql));
    }

    private static String run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .directory(Path.of("/").toFile());
            builder.environment().put("INFOSHARE_MVN_LOCK", ""); // the outer build may hold the lock
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(300, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0) + " (the fault suite needs root)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
