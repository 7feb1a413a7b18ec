package org.infoshare.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The machine and the service processes: load, CPUs, RSS, JVMs, commit. */
final class Machine {

    static final List<String> SERVICES = List.of("consent-service", "sharing-service", "breach-service", "audit-service");

    private final Path runDir;

    Machine(Path infoshareHome) {
        this.runDir = infoshareHome.resolve("run");
    }

    static String loadavg() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static int cpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    Optional<Long> pid(String service) {
        try {
            String text = Files.readString(runDir.resolve(service + ".pid")).replaceAll("[^0-9]", "");
            long pid = Long.parseLong(text);
            return Files.exists(Path.of("/proc/" + pid)) ? Optional.of(pid) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** VmRSS in MB of each service found, by name. */
    Map<String, Double> rssMb() {
        Map<String, Double> rss = new LinkedHashMap<>();
        for (String service : SERVICES) {
            pid(service).ifPresent(pid -> {
                try {
                    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                        if (line.startsWith("VmRSS:")) {
                            rss.put(service, Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024d);
                        }
                    }
                } catch (IOException ignored) {
                    // process gone
                }
            });
        }
        return rss;
    }

    /** The Java runtime each service runs on (from its command line and the JDK's release file). */
    Map<String, String> jvms() {
        Map<String, String> jvms = new LinkedHashMap<>();
        for (String service : SERVICES) {
            pid(service).ifPresent(pid -> {
                try {
                    String cmdline = Files.readString(Path.of("/proc/" + pid + "/cmdline"));
                    String javaBin = cmdline.split("\0")[0];
                    Path home = Path.of(javaBin).toRealPath().getParent().getParent();
                    String version = "";
                    Path release = home.resolve("release");
                    if (Files.exists(release)) {
                        for (String line : Files.readAllLines(release)) {
                            if (line.startsWith("JAVA_VERSION=")) {
                                version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                            }
                        }
                    }
                    String options = String.join(" ", java.util.Arrays.stream(cmdline.split("\0"))
                            .filter(a -> a.startsWith("-X") || a.startsWith("-XX")).toList());
                    jvms.put(service, version + " (" + home + ")" + (options.isEmpty() ? "" : " " + options));
                } catch (IOException e) {
                    jvms.put(service, "unknown");
                }
            });
        }
        return jvms;
    }

    static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
