package org.infoshare.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four services as separate processes against the running stack, started once for all e2e
 * tests of a run and stopped at its end. Each gets a free port, its own {@code <svc>_e2e}
 * database (cleaned at start), and topics prefixed {@code e2e.}, so a platform started with
 * {@code infoshare up} on the same machine neither disturbs nor is disturbed by the tests.
 * The dashboard is started beside them on first use ({@link #dashboardUrl()}), on its fixed test
 * port {@value #DASHBOARD_PORT}: Keycloak's redirect URIs for the dashboard client name it.
 */
public final class Platform implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    public static final String TOPIC_PREFIX = "e2e.";
    private static final List<String> SERVICES = List.of("consent-service", "sharing-service", "breach-service",
            "audit-service");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    static final int DASHBOARD_PORT = 8185;

    private static Platform running;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private ServiceProcess dashboard;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (Platform.class) {
            if (running == null) {
                Platform platform = new Platform();
                // Registered in the root store: closed once, after every test class of the run.
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Platform.class, platform);
                platform.startAll();
                running = platform;
            }
        }
    }

    public static String url(String service) {
        return running.services.get(service).baseUrl();
    }

    /**
     * The dashboard's address, as a browser opens it (localhost: Keycloak's redirect URIs name it),
     * started against the four services on first use.
     */
    public static String dashboardUrl() {
        synchronized (Platform.class) {
            if (running.dashboard == null) {
                running.dashboard = running.launchDashboard();
            }
        }
        return "http://localhost:" + DASHBOARD_PORT;
    }

    private ServiceProcess launchDashboard() {
        Path servicesDir = Path.of(System.getProperty("e2e.services.dir", ".."));
        Path logsDir = Path.of(System.getProperty("e2e.logs.dir", "target/e2e-logs"));
        try {
            int managementPort = freePort();
            Map<String, String> env = new LinkedHashMap<>();
            env.put("DASHBOARD_HTTP_PORT", Integer.toString(DASHBOARD_PORT));
            env.put("DASHBOARD_MANAGEMENT_PORT", Integer.toString(managementPort));
            env.put("INFOSHARE_MESSAGING_TOPIC_PREFIX", TOPIC_PREFIX);
            for (String service : SERVICES) {
                env.put(service.toUpperCase().replace('-', '_') + "_URL", url(service));
            }
            return ServiceProcess.start("dashboard", servicesDir, logsDir, DASHBOARD_PORT, managementPort, env,
                    READY_TIMEOUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service's management interface (health, metrics, OpenAPI), apart from its API. */
    public static String managementUrl(String service) {
        return running.services.get(service).managementUrl();
    }

    static List<ServiceProcess> services() {
        return new ArrayList<>(running.services.values());
    }

    /** Kills the service with SIGKILL (as a crash would); {@link #restart} brings it back on the same port. */
    static void kill(String service) {
        running.services.get(service).kill();
    }

    /** Starts the service again on its port, with its environment; answers how long until ready. */
    static Duration restart(String service) {
        ServiceProcess old = running.services.get(service);
        old.kill();
        ServiceProcess again = running.launch(service, old.port(), old.managementPort(), false);
        running.services.put(service, again);
        return again.startup();
    }

    /**
     * A second instance of the service beside the first, on the same database and topics (the
     * first already migrated and cleaned the database, so this one must not clean it again).
     */
    static ServiceProcess secondInstance(String service) {
        try {
            return running.launch(service, freePort(), freePort(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ServiceProcess launch(String service, int port, int managementPort, boolean clean) {
        Path servicesDir = Path.of(System.getProperty("e2e.services.dir", ".."));
        Path logsDir = Path.of(System.getProperty("e2e.logs.dir", "target/e2e-logs"));
        Map<String, String> env = environment(service, port, managementPort);
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", Boolean.toString(clean));
        try {
            return ServiceProcess.start(service, servicesDir, logsDir, port, managementPort, env, READY_TIMEOUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startAll() {
        Path servicesDir = Path.of(System.getProperty("e2e.services.dir", ".."));
        Path logsDir = Path.of(System.getProperty("e2e.logs.dir", "target/e2e-logs"));
        try {
            for (String service : SERVICES) {
                int port = freePort();
                services.put(service, launch(service, port, freePort(), true));
            }
            writeMeasurements(logsDir.resolve("startup.txt"));
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static Map<String, String> environment(String service, int port, int managementPort) {
        String prefix = service.substring(0, service.indexOf('-')).toUpperCase();
        Map<String, String> env = new LinkedHashMap<>();
        env.put(prefix + "_HTTP_PORT", Integer.toString(port));
        env.put(prefix + "_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put(prefix + "_DB_NAME", prefix.toLowerCase() + "_e2e");
        // The local profile (ServiceProcess) supplies the local stack's addresses, plaintext Kafka
        // and audit-service's public development signing key; it accepts the development keys.
        env.put("AUDIT_CHECKPOINT_INTERVAL", "2s");
        env.put("INFOSHARE_MESSAGING_TOPIC_PREFIX", TOPIC_PREFIX);
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        // The local-only keys that `infoshare up` uses too.
        // issue 13 item 4(a): person links in letters point at the dashboard the e2e run starts
        env.put("PERSON_LINK_BASE_URL", "http://localhost:" + DASHBOARD_PORT + "/person/");
        env.put("CONSENT_VAULT_AEAD_KEYSET", devKey("consent-vault-aead.json"));
        env.put("CONSENT_VAULT_INDEX_KEYSET", devKey("consent-vault-index.json"));
        env.put("SHARING_SECRETS_KEYSET", devKey("sharing-secrets-keyset.json"));
        // small providers' links point at this run's dashboard (issue 13 item 4b)
        env.put("DASHBOARD_BASE_URL", "http://localhost:" + DASHBOARD_PORT);
        // The former single key, for values stored before keysets (re-sealed at start).
        env.put("SHARING_SECRETS_KEY", devKey("sharing-secrets-key.b64"));
        // Tracing on, so trace context crosses the services as in production (issue 14), but no
        // new trace is sampled and there is no collector here: an unsampled trace still propagates
        // its traceparent, and nothing is ever exported, so nothing tries to connect.
        env.put("OTEL_SDK_DISABLED", "false");
        env.put("OTEL_TRACES_SAMPLER_ARG", "0");
        return env;
    }

    private static String devKey(String file) {
        Path keys = Path.of(System.getProperty("e2e.services.dir", "..")).resolve("deploy/local/dev-keys").resolve(file);
        try {
            return Files.readString(keys).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("missing local key " + keys, e);
        }
    }


    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void writeMeasurements(Path file) throws IOException {
        StringBuilder text = new StringBuilder("service\tready_after_ms\trss_mib_when_ready\n");
        for (ServiceProcess service : services.values()) {
            text.append(service.name()).append('\t').append(service.startup().toMillis()).append('\t')
                    .append(service.residentMiB()).append('\n');
        }
        Files.writeString(file, text);
        System.out.print("e2e platform started:\n" + text);
    }

    @Override
    public void close() {
        if (dashboard != null) {
            dashboard.stop();
            dashboard = null;
        }
        services.values().forEach(ServiceProcess::stop);
        services.clear();
    }
}
