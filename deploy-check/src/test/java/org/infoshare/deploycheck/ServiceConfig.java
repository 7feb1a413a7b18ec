package org.infoshare.deploycheck;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service reads, from its application.properties as the prod profile sees it (the
 * packaged jar runs %prod): its ports, the environment variables it reads with and without a
 * default, the topics it consumes and dead-letters to, and its consumer groups.
 */
final class ServiceConfig {

    private static final Map<String, ServiceConfig> CACHE = new ConcurrentHashMap<>();
    private static final Pattern ENV_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final String TOPIC_PREFIX = "${infoshare.messaging.topic-prefix:}";
    /** The dashboard names the prefix property itself (its own default is set once, elsewhere). */
    private static final String TOPIC_PREFIX_NO_DEFAULT = "${infoshare.messaging.topic-prefix}";
    /** Marks a read without default while scanning (a distinct instance, compared by identity). */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String NO_DEFAULT = new String("<none>");

    private final String name;
    /** Effective %prod properties: base keys overridden by %prod. keys, other profiles dropped. */
    private final Map<String, String> prod;

    private ServiceConfig(String name, Map<String, String> prod) {
        this.name = name;
        this.prod = prod;
    }

    static ServiceConfig of(String service) {
        return CACHE.computeIfAbsent(service, s -> parse(s,
                Repo.read(Repo.path(s + "/src/main/resources/application.properties"))));
    }

    /** Parses properties text (package-private so tests can feed a broken file). */
    static ServiceConfig parse(String service, String text) {
        Properties raw = new Properties();
        try (Reader reader = new StringReader(text)) {
            raw.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> prod = new LinkedHashMap<>();
        for (String key : raw.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                prod.putIfAbsent(key, raw.getProperty(key));
            }
        }
        for (String key : raw.stringPropertyNames()) {
            if (key.startsWith("%")) {
                int dot = key.indexOf('.');
                Set<String> profiles = Set.of(key.substring(1, dot).split(","));
                if (profiles.contains("prod")) {
                    prod.put(key.substring(dot + 1), raw.getProperty(key));
                }
            }
        }
        return new ServiceConfig(service, prod);
    }

    String name() {
        return name;
    }

    String property(String key) {
        return prod.get(key);
    }

    /** Every `${ENV}` and `${ENV:default}` of the prod profile: name -> default (null if none). */
    Map<String, String> envReads() {
        Map<String, String> reads = new LinkedHashMap<>();
        for (String value : prod.values()) {
            collect(value, reads);
        }
        reads.replaceAll((k, v) -> v == NO_DEFAULT ? null : v);
        return reads;
    }

    /** Environment variables the prod profile reads without a default: a start without them fails. */
    Set<String> requiredEnv() {
        Set<String> required = new TreeSet<>();
        envReads().forEach((env, def) -> {
            if (def == null) {
                required.add(env);
            }
        });
        return required;
    }

    /**
     * Variables a container must set although they have a default: the addresses whose default
     * points at this machine (127.0.0.1, localhost), which is wrong in any container.
     */
    Set<String> addressEnv() {
        Set<String> addresses = new TreeSet<>();
        envReads().forEach((env, def) -> {
            if (def != null && (def.contains("127.0.0.1") || def.contains("localhost"))) {
                addresses.add(env);
            }
        });
        return addresses;
    }

    int httpPort() {
        return port("quarkus.http.port", 8080);
    }

    /** Where /q/health and /q/metrics answer: the management interface when it is enabled. */
    int healthPort() {
        return Boolean.parseBoolean(resolve(prod.getOrDefault("quarkus.management.enabled", "false")))
                ? port("quarkus.management.port", 9000) : httpPort();
    }

    private int port(String key, int fallback) {
        String value = prod.get(key);
        return value == null ? fallback : Integer.parseInt(resolve(value).trim());
    }

    /** Consumed topics (prod names), from every incoming channel's topic/topics. */
    Set<String> consumedTopics() {
        Set<String> topics = new LinkedHashSet<>();
        prod.forEach((key, value) -> {
            if (key.startsWith("mp.messaging.incoming.") && (key.endsWith(".topic") || key.endsWith(".topics"))) {
                for (String t : value.split(",")) {
                    topics.add(t.trim().replace(TOPIC_PREFIX, "").replace(TOPIC_PREFIX_NO_DEFAULT, ""));
                }
            }
        });
        return topics;
    }

    Set<String> deadLetterTopics() {
        Set<String> topics = new LinkedHashSet<>();
        prod.forEach((key, value) -> {
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".dead-letter-queue.topic")) {
                topics.add(value.trim().replace(TOPIC_PREFIX, ""));
            }
        });
        return topics;
    }

    Set<String> consumerGroups() {
        Set<String> groups = new LinkedHashSet<>();
        prod.forEach((key, value) -> {
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                groups.add(value.trim());
            }
        });
        return groups;
    }

    /** The value with every `${ENV:default}` replaced by its default (for ports and flags). */
    private static String resolve(String value) {
        Matcher m = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)(?::([^}]*))?}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Scans `${...}` expressions, nested defaults included. */
    private static void collect(String value, Map<String, String> reads) {
        int i = value.indexOf("${");
        while (i >= 0) {
            int depth = 0;
            int end = -1;
            for (int j = i; j < value.length(); j++) {
                if (value.startsWith("${", j)) {
                    depth++;
                    j++;
                } else if (value.charAt(j) == '}' && --depth == 0) {
                    end = j;
                    break;
                }
            }
            if (end < 0) {
                throw new IllegalArgumentException("unbalanced ${ in: " + value);
            }
            String body = value.substring(i + 2, end);
            int colon = body.indexOf(':');
            String name = colon < 0 ? body : body.substring(0, colon);
            String def = colon < 0 ? null : body.substring(colon + 1);
            if (ENV_NAME.matcher(name).matches()) {
                reads.merge(name, def == null ? NO_DEFAULT : def, (a, b) -> a == NO_DEFAULT || b == NO_DEFAULT ? NO_DEFAULT : a);
            }
            if (def != null) {
                collect(def, reads);
            }
            i = value.indexOf("${", end);
        }
    }

}
