package org.infoshare.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository these checks read: its root, the four services, the platform's topics. */
final class Repo {

    static final List<String> SERVICES = List.of("consent-service", "sharing-service", "breach-service", "audit-service");

    private static final Path ROOT = Path.of(System.getProperty("infoshare.root", "..")).toAbsolutePath().normalize();

    private Repo() {
    }

    static Path root() {
        return ROOT;
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every topic name constant of events/Topics.java (the event topics of the platform). */
    static Set<String> eventTopics() {
        String source = read(path("events/src/main/java/org/infoshare/events/Topics.java"));
        Matcher m = Pattern.compile("public static final String [A-Z_]+ = \"([^\"]+)\";").matcher(source);
        Set<String> topics = new LinkedHashSet<>();
        while (m.find()) {
            topics.add(m.group(1));
        }
        if (topics.isEmpty()) {
            throw new IllegalStateException("no topic constants found in events/Topics.java");
        }
        return topics;
    }

    /** The event topics and every service's dead-letter topic. */
    static Set<String> allTopics() {
        Set<String> all = new LinkedHashSet<>(eventTopics());
        for (String service : SERVICES) {
            all.addAll(ServiceConfig.of(service).deadLetterTopics());
        }
        return all;
    }
}
