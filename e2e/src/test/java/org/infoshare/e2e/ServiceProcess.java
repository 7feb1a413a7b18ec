package org.infoshare.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One packaged service ({@code <module>/target/quarkus-app/quarkus-run.jar}) running as its own
 * process in the local profile (production's settings with the local stack's defaults and
 * development keys), with its log in a file. It is ready when its readiness check, on the
 * management port, answers 200, which covers its database and Kafka.
 */
final class ServiceProcess {

    private final String name;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final Process process;
    private final Duration startup;

    private ServiceProcess(String name, int port, int managementPort, Path log, Process process, Duration startup) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
        this.startup = startup;
    }

    static ServiceProcess start(String name, Path servicesDir, Path logsDir, int port, int managementPort,
                                Map<String, String> env, Duration timeout) throws IOException {
        Path jar = servicesDir.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package)");
        }
        Files.createDirectories(logsDir);
        Path log = logsDir.resolve(name + "-" + port + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xms64m", "-Xmx256m", "-Dquarkus.profile=local", "-jar",
                jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Instant launched = Instant.now();
        Process process = builder.start();
        ServiceProcess service = new ServiceProcess(name, port, managementPort, log, process,
                awaitReady(name, managementPort, process, log, launched, timeout));
        return service;
    }

    private static Duration awaitReady(String name, int managementPort, Process process, Path log, Instant launched,
                                       Duration timeout) {
        Instant deadline = launched.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log " + log
                        + ":\n" + tail(log));
            }
            if (status(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready")) == 200) {
                return Duration.between(launched, Instant.now());
            }
            sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name + " was not ready within " + timeout + "; log " + log + ":\n" + tail(log));
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Health, metrics and OpenAPI: the management interface, on its own port. */
    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    int managementPort() {
        return managementPort;
    }

    Duration startup() {
        return startup;
    }

    /** Resident memory of the process now, in MiB, from /proc (Linux). */
    long residentMiB() {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    /** SIGKILL: no shutdown hook runs, no consumer leaves its group, no transaction ends cleanly. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    int port() {
        return port;
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int status(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status;
        } catch (IOException e) {
            return -1;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
