package org.infoshare.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.infoshare.deploycheck.Dockerfile.Instruction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 14, deliverable 1: every service's Dockerfile, checked without a Docker engine. */
class DockerfileTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ROOT_USERS = Set.of("root", "0", "0:0", "root:root");

    static List<String> services() {
        return Repo.SERVICES;
    }

    static Dockerfile dockerfile(String service) {
        Path file = Repo.path(service + "/Dockerfile");
        assertThat(file).as("%s has a Dockerfile", service).exists();
        return Dockerfile.parse(Repo.read(file));
    }

    /** Everything a Dockerfile must satisfy; the messages of what it does not. */
    static List<String> problems(String service, Dockerfile docker, Path moduleDir) {
        ServiceConfig config = ServiceConfig.of(service);
        List<String> problems = new ArrayList<>();
        List<Instruction> all = docker.instructions();
        Instruction first = all.stream().filter(i -> !i.keyword().equals("ARG")).findFirst().orElseThrow();
        if (!first.keyword().equals("FROM")) {
            problems.add("the first instruction after ARGs must be FROM, not " + first.keyword());
        }
        for (Instruction from : docker.all("FROM")) {
            String image = from.args().split("\\s+")[0];
            if (!(image.contains("jre") || image.contains("openjdk-17-runtime") || image.contains("openjdk-21-runtime"))) {
                problems.add("line " + from.line() + ": base image " + image + " is not a JRE image");
            }
            if (!image.contains(":") || image.endsWith(":latest")) {
                problems.add("line " + from.line() + ": pin the base image's tag: " + image);
            }
        }
        // what COPY takes must be what `package` produced: the fast-jar under target/quarkus-app
        Path app = moduleDir.resolve("target/quarkus-app");
        if (!Files.isDirectory(app)) {
            problems.add(app + " is missing: package the service first (./mvnw -B package -pl " + service
                    + " -am; the reactor packages every service before deploy-check)");
        } else {
            Set<String> copied = new LinkedHashSet<>();
            for (Instruction copy : docker.all("COPY")) {
                List<String> words = Dockerfile.copyArguments(copy);
                for (String source : words.subList(0, words.size() - 1)) {
                    if (!source.startsWith("target/quarkus-app/")) {
                        problems.add("line " + copy.line() + ": copies " + source + ", not part of target/quarkus-app");
                        continue;
                    }
                    List<Path> matches = matches(moduleDir, source);
                    if (matches.isEmpty()) {
                        problems.add("line " + copy.line() + ": COPY source " + source + " does not exist after package");
                    }
                    matches.forEach(m -> copied.add(app.relativize(m).toString().split("/")[0]));
                }
            }
            for (String needed : List.of("quarkus-run.jar", "lib", "app", "quarkus")) {
                if (!copied.contains(needed)) {
                    problems.add("target/quarkus-app/" + needed + " is not copied into the image");
                }
            }
        }
        List<Instruction> users = docker.all("USER");
        if (users.isEmpty()) {
            problems.add("no USER: the image would run as root");
        } else if (ROOT_USERS.contains(users.get(users.size() - 1).args().strip())) {
            problems.add("line " + users.get(users.size() - 1).line() + ": the last USER is root");
        }
        Set<Integer> exposed = new LinkedHashSet<>();
        docker.all("EXPOSE").forEach(e -> Stream.of(e.args().split("\\s+"))
                .forEach(p -> exposed.add(Integer.parseInt(p.replace("/tcp", "")))));
        for (int port : new LinkedHashSet<>(List.of(config.httpPort(), config.healthPort()))) {
            if (!exposed.contains(port)) {
                problems.add("EXPOSE lacks port " + port + " (application.properties)");
            }
        }
        List<Instruction> health = docker.all("HEALTHCHECK");
        if (health.isEmpty() || !health.get(0).args().contains("/q/health/")) {
            problems.add("no HEALTHCHECK on /q/health/*");
        } else {
            String cmd = health.get(0).args().replaceFirst("^.*?CMD\\s+", "");
            jsonArray(cmd, "HEALTHCHECK CMD", problems);
            Matcher envPorts = Pattern.compile("HEALTH_PORTS=\"([0-9 ]+)\"").matcher(
                    String.join(" ", docker.all("ENV").stream().map(Instruction::args).toList()));
            boolean covered = cmd.contains("${HEALTH_PORTS}") && envPorts.find()
                    && List.of(envPorts.group(1).trim().split("\\s+")).contains(String.valueOf(config.healthPort()));
            if (!covered && !cmd.contains("/" + config.healthPort() + "/")) {
                problems.add("the HEALTHCHECK does not try the health port " + config.healthPort()
                        + " (ENV HEALTH_PORTS, used as ${HEALTH_PORTS})");
            }
        }
        String labels = String.join(" ", docker.all("LABEL").stream().map(Instruction::args).toList());
        for (String label : List.of("org.opencontainers.image.title", "org.opencontainers.image.version",
                "org.opencontainers.image.description")) {
            if (!labels.contains(label + "=")) {
                problems.add("LABEL " + label + " is missing");
            }
        }
        List<Instruction> entry = docker.all("ENTRYPOINT");
        if (entry.isEmpty()) {
            problems.add("no ENTRYPOINT");
        } else {
            jsonArray(entry.get(0).args(), "ENTRYPOINT", problems);
        }
        return problems;
    }

    private static void jsonArray(String text, String what, List<String> problems) {
        try {
            if (!JSON.readTree(text).isArray()) {
                problems.add(what + " is not in exec (JSON array) form");
            }
        } catch (IOException e) {
            problems.add(what + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static List<Path> matches(Path base, String pattern) {
        String clean = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
        if (!clean.contains("*") && !clean.contains("?")) {
            return Files.exists(base.resolve(clean)) ? List.of(base.resolve(clean)) : List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + clean);
        Path dir = base.resolve(clean.substring(0, clean.lastIndexOf('/')));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> matcher.matches(base.relativize(f))).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    @DisplayName("issue 14: the Dockerfile copies the packaged fast-jar, runs non-root on a JRE, exposes the service port, has a health check and labels")
    void dockerfileIsSound(String service) {
        List<String> problems = problems(service, dockerfile(service), Repo.path(service));
        if (!problems.isEmpty()) {
            fail(service + "/Dockerfile:\n  " + String.join("\n  ", problems));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    @DisplayName("issue 14: the build context (.dockerignore) keeps target/quarkus-app")
    void dockerignore(String service) {
        Path ignore = Repo.path(service + "/.dockerignore");
        assertThat(ignore).exists();
        assertThat(Repo.read(ignore).lines().map(String::strip)).contains("!target/quarkus-app/");
    }

    @Test
    @DisplayName("issue 14: a broken Dockerfile is caught (unknown instruction, root user, missing COPY source, wrong port)")
    void brokenDockerfileFails() throws IOException {
        assertThatThrownBy(() -> Dockerfile.parse("FROM x:1\nCOPPY a b\n")).hasMessageContaining("unknown instruction 'COPPY'");
        assertThatThrownBy(() -> Dockerfile.parse("FROM x:1\nRUN a \\")).hasMessageContaining("continuation");

        String good = Repo.read(Repo.path("consent-service/Dockerfile"));
        Path module = Files.createTempDirectory("deploy-check");
        try {
            for (String dir : List.of("lib", "app", "quarkus")) {
                Files.createDirectories(module.resolve("target/quarkus-app/" + dir));
            }
            Files.writeString(module.resolve("target/quarkus-app/quarkus-run.jar"), "");
            assertThat(problems("consent-service", Dockerfile.parse(good), module)).isEmpty();

            String broken = good.replace("USER 185", "USER root")
                    .replace("target/quarkus-app/app/", "target/quarkus-app/application/")
                    .replace("EXPOSE 8081", "EXPOSE 8080")
                    .replace("HEALTH_PORTS=\"9000 8081\"", "HEALTH_PORTS=\"9001\"");
            assertThat(problems("consent-service", Dockerfile.parse(broken), module))
                    .anyMatch(p -> p.contains("last USER is root"))
                    .anyMatch(p -> p.contains("target/quarkus-app/application/ does not exist"))
                    .anyMatch(p -> p.contains("EXPOSE lacks port 8081"))
                    .anyMatch(p -> p.contains("does not try the health port"));
        } finally {
            try (Stream<Path> walk = Files.walk(module)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
