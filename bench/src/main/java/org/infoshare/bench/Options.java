package org.infoshare.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line: which figures, at what sizes and rates, against which platform. */
record Options(Set<String> only, List<Integer> tableSizes, List<Integer> recipients, Map<Integer, Integer> samples,
               Map<Integer, Double> singleRates, List<Double> sustainedRates, List<Double> decisionRates,
               double readRate, int stepSeconds, int backlog, int warmup, boolean keepFiller, boolean quick,
               String consentUrl, String sharingUrl, String auditUrl, String tokenUrl, String kafka, String pgHost,
               int pgPort, Path infoshareHome, Path outputDir) {

    static final Set<String> FIGURES = Set.of("withdrawal", "sustained", "decision", "read", "audit", "floor", "rss");

    static final String USAGE = """
            Usage: java -jar bench/target/infoshare-bench.jar [options]
              --only LIST          figures to run, of: withdrawal,sustained,decision,read,audit,floor,rss (default: all)
              --table-sizes LIST   releases in sharing's release table for the single-withdrawal figure (default 10000,1000000)
              --recipients LIST    N, recipient records per withdrawal (default 10,100,1000)
              --samples LIST       timed withdrawals per N, in the order of --recipients (default 50,50,20)
              --rates LIST         sustained withdrawal rate steps per second (default 20,50,100,200,400)
              --decision-rates L   share-decision rates per second (default 50,200,500)
              --read-rate R        REST read rate per second (default 500)
              --step-seconds S     length of every rate step (default 10)
              --backlog B          withdrawals produced at once for the floor's saturation run (default 5000)
              --warmup W           untimed withdrawals/requests before each timed figure (default 3)
              --keep-filler        leave the bulk-loaded releases in sharing's database at the end
              --quick              smoke run (< 2 min): one table size 10000, N=10,100, few samples, short steps
              --infoshare-home DIR where deploy/local/infoshare keeps run/*.pid (default ./.infoshare or $INFOSHARE_HOME)
              --output-dir DIR     where bench-<timestamp>.md is written (default bench/target, else target)
              --consent-url, --sharing-url, --audit-url, --token-url, --kafka, --pg-host, --pg-port  the platform
            """;

    static Options parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        Set<String> flags = Set.of("--keep-filler", "--quick", "--help", "-h");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (flags.contains(arg)) {
                given.put(arg, "true");
            } else if (arg.startsWith("--") && arg.contains("=")) {
                given.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                given.put(arg, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown or incomplete option '" + arg + "'\n" + USAGE);
            }
        }
        if (given.containsKey("--help") || given.containsKey("-h")) {
            throw new IllegalArgumentException(USAGE);
        }
        boolean quick = given.containsKey("--quick");
        Set<String> only = new LinkedHashSet<>(strings(given.getOrDefault("--only", String.join(",", FIGURES))));
        for (String figure : only) {
            if (!FIGURES.contains(figure)) {
                throw new IllegalArgumentException("unknown figure '" + figure + "' in --only; known: " + FIGURES);
            }
        }
        List<Integer> recipients = ints(given.getOrDefault("--recipients", quick ? "10,100" : "10,100,1000"));
        List<Integer> sampleCounts = ints(given.getOrDefault("--samples", quick ? "8,4,3" : "50,50,20"));
        Map<Integer, Integer> samples = new LinkedHashMap<>();
        Map<Integer, Double> singleRates = new LinkedHashMap<>();
        for (int i = 0; i < recipients.size(); i++) {
            int n = recipients.get(i);
            samples.put(n, i < sampleCounts.size() ? sampleCounts.get(i) : sampleCounts.get(sampleCounts.size() - 1));
            singleRates.put(n, n >= 1000 ? 0.5 : quick ? 5.0 : 2.0);
        }
        Path home = Path.of(given.getOrDefault("--infoshare-home",
                System.getenv().getOrDefault("INFOSHARE_HOME", ".infoshare")));
        Path output = Path.of(given.getOrDefault("--output-dir",
                Path.of("bench").toFile().isDirectory() ? "bench/target" : "target"));
        for (String key : given.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException("unknown option '" + key + "'\n" + USAGE);
            }
        }
        return new Options(only,
                ints(given.getOrDefault("--table-sizes", quick ? "10000" : "10000,1000000")),
                recipients, samples, singleRates,
                doubles(given.getOrDefault("--rates", quick ? "10" : "20,50,100,200,400")),
                doubles(given.getOrDefault("--decision-rates", quick ? "50" : "50,200,500")),
                Double.parseDouble(given.getOrDefault("--read-rate", quick ? "200" : "500")),
                Integer.parseInt(given.getOrDefault("--step-seconds", quick ? "3" : "10")),
                Integer.parseInt(given.getOrDefault("--backlog", quick ? "500" : "5000")),
                Integer.parseInt(given.getOrDefault("--warmup", quick ? "2" : "3")),
                given.containsKey("--keep-filler"), quick,
                given.getOrDefault("--consent-url", "http://127.0.0.1:8081"),
                given.getOrDefault("--sharing-url", "http://127.0.0.1:8082"),
                given.getOrDefault("--audit-url", "http://127.0.0.1:8084"),
                given.getOrDefault("--token-url",
                        "http://127.0.0.1:8180/realms/infoshare/protocol/openid-connect/token"),
                given.getOrDefault("--kafka", "127.0.0.1:9092"),
                given.getOrDefault("--pg-host", "127.0.0.1"),
                Integer.parseInt(given.getOrDefault("--pg-port", "5432")),
                home, output);
    }

    private static final Set<String> KNOWN = Set.of("--only", "--table-sizes", "--recipients", "--samples", "--rates",
            "--decision-rates", "--read-rate", "--step-seconds", "--backlog", "--warmup", "--keep-filler", "--quick",
            "--infoshare-home", "--output-dir", "--consent-url", "--sharing-url", "--audit-url", "--token-url",
            "--kafka", "--pg-host", "--pg-port");

    boolean runs(String figure) {
        return only.contains(figure);
    }

    private static List<String> strings(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Integer> ints(String list) {
        List<Integer> values = new ArrayList<>();
        for (String s : strings(list)) {
            values.add(Integer.parseInt(s.replace("_", "")));
        }
        return values;
    }

    private static List<Double> doubles(String list) {
        return strings(list).stream().map(Double::parseDouble).toList();
    }
}
