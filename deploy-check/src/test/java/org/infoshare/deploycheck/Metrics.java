package org.infoshare.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Prometheus names of every Micrometer meter the services register in their main code,
 * as the Prometheus registry exports them (dots to underscores; counters _total; timers
 * _seconds_bucket/_count/_sum/_max; gauges as named).
 */
final class Metrics {

    /** Metrics from outside the services: Strimzi's Kafka Exporter. */
    static final Set<String> EXTERNAL = Set.of("kafka_consumergroup_lag", "kafka_consumergroup_current_offset",
            "kafka_topic_partition_current_offset");

    private static final Pattern METER = Pattern.compile(
            "(Counter|Timer|Gauge|DistributionSummary)\\.builder\\(\\s*([A-Za-z_\"][^,)]*)|registry\\.(counter|timer|gauge|summary)\\(\\s*([A-Za-z_\"][^,)]*)");
    private static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z_]+) = \"([^\"]+)\";");

    private Metrics() {
    }

    static Set<String> exposed() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Repo.root())) {
            files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")
                            && !f.toString().contains("/bench/") && !f.toString().contains("/target/"))
                    .forEach(f -> scan(Repo.read(f), names));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    static void scan(String source, Set<String> names) {
        Map<String, String> constants = new HashMap<>();
        Matcher c = CONSTANT.matcher(source);
        while (c.find()) {
            constants.put(c.group(1), c.group(2));
        }
        Matcher m = METER.matcher(source);
        while (m.find()) {
            String type = m.group(1) != null ? m.group(1) : m.group(3);
            String arg = (m.group(2) != null ? m.group(2) : m.group(4)).strip();
            String name = arg.startsWith("\"") ? arg.substring(1, arg.lastIndexOf('"')) : constants.get(arg);
            if (name == null) {
                continue;
            }
            String named = name.replace('.', '_').replace('-', '_');
            // a base unit ("seconds") is appended to the name by the Prometheus registry
            int end = source.indexOf(".register(", m.end());
            Matcher unit = Pattern.compile("\\.baseUnit\\(\\s*\"([a-z]+)\"").matcher(end < 0 ? "" : source.substring(m.end(), end));
            String base = unit.find() && !named.endsWith("_" + unit.group(1)) && !type.equalsIgnoreCase("timer")
                    ? named + "_" + unit.group(1) : named;
            switch (type.toLowerCase()) {
                case "counter" -> names.add(base + "_total");
                case "timer" -> Stream.of("_bucket", "_count", "_sum", "_max").forEach(s -> names.add(base + "_seconds" + s));
                case "distributionsummary", "summary" -> Stream.of("_bucket", "_count", "_sum", "_max").forEach(s -> names.add(base + s));
                default -> names.add(base);
            }
        }
    }

    /** Metric names in a PromQL expression: identifiers with two or more underscores, not functions. */
    static Set<String> referenced(String expr) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?").matcher(expr.replaceAll("\"[^\"]*\"", "\"\""));
        while (m.find()) {
            String id = m.group(1);
            if (m.group(2) == null && id.chars().filter(ch -> ch == '_').count() >= 2) {
                names.add(id);
            }
        }
        return names;
    }
}
