package org.infoshare.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The benchmark program (issue 15): measures the running platform from outside under an open load
 * model, beside a raw Kafka + JDBC floor doing the same propagation work, and prints one table.
 * Progress goes to stderr; the table to stdout and to {@code bench-<timestamp>.md}.
 */
public final class Bench {

    static final List<String> PARTNERS = List.of("bench-p1", "bench-p2", "bench-p3", "bench-p4");
    private static final Map<Integer, String> NOTIFIED_TARGET = Map.of(10, "p99 ≤ 50 ms", 100, "p99 ≤ 100 ms",
            1000, "p99 ≤ 500 ms");
    private static final Map<Integer, Double> NOTIFIED_P99 = Map.of(10, 50d, 100, 100d, 1000, 500d);
    private static final Map<Integer, String> TOLD_TARGET = Map.of(10, "p99 ≤ 250 ms", 100, "p99 ≤ 500 ms",
            1000, "p99 ≤ 2 s");
    private static final Map<Integer, Double> TOLD_P99 = Map.of(10, 250d, 100, 500d, 1000, 2000d);

    private final Options options;
    private final Log log = new Log();
    private final Report report = new Report();
    private final ObjectMapper json = new ObjectMapper();
    private final Machine machine;
    private final WithdrawalRuns runs = new WithdrawalRuns(log);
    private final Quiet quiet = new Quiet(log);
    private Api api;
    private Platform platform;
    private SharingDb db;
    private PlatformTarget target;
    private Floor floor;
    private WebhookReceivers receivers;
    private TopicTail tail;
    private String sheetId;

    private Bench(Options options) {
        this.options = options;
        this.machine = new Machine(options.infoshareHome());
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            new Log().line(e.getMessage());
            System.exit(2);
            return;
        }
        int status = 0;
        try {
            new Bench(options).run();
        } catch (Exception e) {
            new Log().failure("bench failed: " + e, e);
            status = 1;
        }
        System.exit(status);
    }

    private void run() throws Exception {
        Instant started = Instant.now();
        String loadStart = Machine.loadavg();
        Map<String, Double> rssIdle = machine.rssMb();
        Map<String, String> jvms = machine.jvms();
        ExecutorService httpThreads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "http");
            t.setDaemon(true);
            return t;
        });
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(httpThreads).build();
        api = new Api(http, new Tokens(http, options.tokenUrl(), json), json);
        platform = new Platform(api, options);
        boolean platformFigures = options.runs("withdrawal") || options.runs("sustained") || options.runs("decision")
                || options.runs("read");
        // "--only floor" alone runs the floor's withdrawal figures without the platform (to calibrate it)
        boolean floorAlone = options.runs("floor") && !options.runs("withdrawal") && !options.runs("sustained");
        try {
            if (platformFigures) {
                setUpPlatform();
            }
            if (options.runs("floor") && (floorAlone || options.runs("withdrawal") || options.runs("sustained"))) {
                log.line("floor: database " + Floor.DATABASE + ", topics " + Floor.WITHDRAWALS + " / " + Floor.NOTIFIED);
                floor = new Floor(options.pgHost(), options.pgPort(), options.kafka(), log);
            }
            if (options.runs("withdrawal") || floorAlone) {
                guarded("single withdrawals", this::singleWithdrawals);
            }
            if (options.runs("sustained") || floorAlone) {
                guarded("sustained withdrawals", this::sustained);
            }
            if (options.runs("decision")) {
                guarded("share decisions", this::decisions);
            }
            if (options.runs("read")) {
                guarded("REST reads", this::reads);
            }
            if (options.runs("audit")) {
                guarded("audit verify", this::audit);
            }
            if (options.runs("rss")) {
                rss(rssIdle, machine.rssMb());
            }
        } finally {
            cleanUp();
        }
        report.note("machine: " + Machine.cpus() + " CPUs; load average at start " + loadStart + ", at end "
                + Machine.loadavg());
        jvms.forEach((service, jvm) -> report.note("JVM " + service + ": " + jvm));
        report.note("commit " + Machine.gitCommit() + ", " + started.truncatedTo(ChronoUnit.SECONDS) + " to "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", options: " + String.join(" ", describe()));
        String table = report.markdown();
        log.table(table);
        Files.createDirectories(options.outputDir());
        Path file = options.outputDir().resolve("bench-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(ZoneOffset.UTC).format(started) + ".md");
        Files.writeString(file, "# infoshare bench, " + started.truncatedTo(ChronoUnit.SECONDS) + "\n\n" + table);
        log.line("written to " + file);
    }

    private List<String> describe() {
        List<String> parts = new ArrayList<>();
        parts.add("--only " + String.join(",", options.only()));
        parts.add("--table-sizes " + options.tableSizes());
        parts.add("--samples " + options.samples());
        parts.add("--rates " + options.sustainedRates());
        if (options.quick()) {
            parts.add("--quick");
        }
        return parts;
    }

    @FunctionalInterface
    private interface Figure {
        void run() throws Exception;
    }

    private void guarded(String name, Figure figure) {
        try {
            log.line(name + " ...");
            figure.run();
        } catch (Exception e) {
            log.line(name + " failed: " + e);
            report.failed(name, List.of(String.valueOf(e.getMessage() == null ? e : e.getMessage())), "");
        }
    }

    private void setUpPlatform() throws Exception {
        log.line("platform: bench partners with local webhook receivers, protocols, an information sheet");
        WithdrawalTracker tracker = new WithdrawalTracker();
        receivers = new WebhookReceivers(PARTNERS, tracker, json);
        for (String partner : PARTNERS) {
            WebhookReceivers.Receiver receiver = receivers.of(partner);
            platform.ensurePartner(partner, receiver.url().toString(), receiver.secret());
            platform.ensureAgreedProtocol(partner);
        }
        platform.ensurePartner(SharingDb.FILLER_PARTNER, null, null);
        sheetId = platform.informationSheet();
        db = new SharingDb(options.pgHost(), options.pgPort());
        db.attestAgreedProtocols(PARTNERS);
        Platform.Consented template = platform.consented(PARTNERS, PARTNERS.get(0), sheetId, true).join();
        UUID templateRelease = db.releaseOfShare(template.shareRequestId());
        tail = TopicTail.recipientNotified(options.kafka(), tracker, json);
        target = new PlatformTarget(platform, db, tracker, PARTNERS, sheetId, templateRelease,
                template.shareRequestId(), log);
    }

    // ---- figure 1: one withdrawal at a time

    private void singleWithdrawals() throws Exception {
        for (int size : options.tableSizes()) {
            long platformSize = target == null ? 0 : target.fillTo(size);
            long floorSize = floor == null ? 0 : floor.fillTo(size);
            log.line("release table: " + platformSize + " rows (floor: " + floorSize + ")");
            for (int n : options.recipients()) {
                int samples = options.samples().get(n);
                double rate = options.singleRates().get(n);
                quiet.await("the platform's withdrawals of N=" + n);
                WithdrawalRuns.Outcome p = target == null ? null : runs.single(target, n, samples, rate, options.warmup());
                quiet.await("the floor's withdrawals of N=" + n);
                WithdrawalRuns.Outcome f = floor == null ? null : runs.single(floor, n, samples, rate, options.warmup());
                String where = String.format(" (%s releases)", human(Math.max(platformSize, floorSize)));
                String notifiedFigure = "one withdrawal, N=" + n + ", marked + notified" + where;
                String goal = NOTIFIED_TARGET.getOrDefault(n, "");
                String floorText = f == null ? "not run" : f.problems().isEmpty() ? f.notified().summary()
                        : "FAILED: " + WithdrawalRuns.first(f.problems());
                if (p == null) {
                    report.row(notifiedFigure, "not run", floorText, "", goal, "");
                    continue;
                }
                if (!p.problems().isEmpty()) {
                    report.row(notifiedFigure, "FAILED: " + WithdrawalRuns.first(p.problems()), floorText, "", goal, "no");
                    report.row("one withdrawal, N=" + n + ", partner told" + where, "FAILED (see above)", "", "",
                            TOLD_TARGET.getOrDefault(n, ""), "no");
                    continue;
                }
                Double limit = NOTIFIED_P99.get(n);
                report.row(notifiedFigure, p.notified().summary(), floorText,
                        f == null || !f.problems().isEmpty() ? "" : Report.latencyRatio(p.notified().p99Ms(), f.notified().p99Ms()) + " (p99)",
                        goal, limit == null ? "" : Report.met(p.notified().p99Ms() <= limit));
                Double toldLimit = TOLD_P99.get(n);
                report.row("one withdrawal, N=" + n + ", partner told" + where, p.told().summary(), "(loopback HTTP, not measured)",
                        "", TOLD_TARGET.getOrDefault(n, ""), toldLimit == null ? "" : Report.met(p.told().p99Ms() <= toldLimit));
            }
        }
    }

    // ---- figure 2: sustained withdrawals

    private record Step(double rate, WithdrawalRuns.Outcome outcome, boolean keptUp) {
    }

    private List<Step> steps(Target on, int n) throws Exception {
        List<Step> steps = new ArrayList<>();
        List<Target.Sample> warm = on.prepare(options.warmup(), n);
        runs.run(on, warm, 2, 60, false);
        for (double rate : options.sustainedRates()) {
            int count = OpenLoad.countFor(rate, options.stepSeconds());
            List<Target.Sample> prepared = on.prepare(count, n);
            quiet.await(String.format("%s at %.0f/s", on.name(), rate));
            log.line(String.format("  %s: %d withdrawals of N=%d at %.0f/s", on.name(), count, n, rate));
            WithdrawalRuns.Outcome outcome = runs.step(on, prepared, rate);
            long stepEnd = outcome.firstDueNanos() + (long) (options.stepSeconds() * 1e9);
            boolean keptUp = outcome.incomplete() == 0 && outcome.lastDoneNanos() <= stepEnd + 5_000_000_000L;
            steps.add(new Step(rate, outcome, keptUp));
            log.line(String.format("    %.0f rows/s, p99 %s ms, %s", outcome.rowsPerSecond(),
                    Latencies.ms(outcome.notified().p99Ms()), keptUp ? "kept up" : "did not keep up"));
            if (!keptUp || !outcome.problems().isEmpty()) {
                break;
            }
        }
        return steps;
    }

    private void sustained() throws Exception {
        int n = 10;
        List<Step> platformSteps = target == null ? List.of() : steps(target, n);
        List<Step> floorSteps = floor == null ? List.of() : steps(floor, n);
        double floorSaturation = 0;
        WithdrawalRuns.Outcome saturation = null;
        if (floor != null) {
            List<Target.Sample> backlog = floor.prepare(options.backlog(), n);
            quiet.await("the floor's saturation run");
            log.line("  floor: saturation, " + options.backlog() + " withdrawals produced at once");
            saturation = runs.run(floor, backlog, 1e7, 120, false);
            floorSaturation = saturation.problems().isEmpty() ? saturation.rowsPerSecond() : 0;
        }
        int rows = Math.max(platformSteps.size(), floorSteps.size());
        for (int i = 0; i < rows; i++) {
            Step p = i < platformSteps.size() ? platformSteps.get(i) : null;
            Step f = i < floorSteps.size() ? floorSteps.get(i) : null;
            double rate = p != null ? p.rate() : f.rate();
            report.row(String.format("sustained withdrawals N=%d, %.0f/s offered: latency to the %dth notification", n, rate, n),
                    p == null && target == null ? "not run" : stepText(p), stepText(f),
                    p != null && f != null && p.outcome().problems().isEmpty() && f.outcome().problems().isEmpty()
                            ? String.format("%.2f (rows/s)", p.outcome().rowsPerSecond() / Math.max(1, f.outcome().rowsPerSecond())) : "",
                    "kept up", p == null ? "" : Report.met(p.keptUp() && p.outcome().problems().isEmpty()));
        }
        double platformBest = platformSteps.stream().filter(s -> s.keptUp() && s.outcome().problems().isEmpty())
                .mapToDouble(s -> s.outcome().rowsPerSecond()).max().orElse(0);
        double floorBest = Math.max(floorSaturation, floorSteps.stream()
                .filter(s -> s.keptUp() && s.outcome().problems().isEmpty())
                .mapToDouble(s -> s.outcome().rowsPerSecond()).max().orElse(0));
        String floorText = saturation == null ? "not run" : !saturation.problems().isEmpty()
                ? "FAILED: " + WithdrawalRuns.first(saturation.problems())
                : String.format("%,.0f rows/s (backlog of %d: p50/p99/max %s)", floorSaturation, options.backlog(),
                saturation.notified().summary());
        String ratio = platformSteps.isEmpty() || floorBest <= 0 ? ""
                : platformBest <= 0 ? "0 (no step kept up)"
                : String.format("%.3f (1/%.1f)", platformBest / floorBest, floorBest / platformBest);
        report.row("sustained withdrawals N=" + n + ": best rate kept up", platformSteps.isEmpty() ? "not run"
                        : String.format("%,.0f rows/s", platformBest), floorText, ratio, "≥ 1/3 of the floor",
                !platformSteps.isEmpty() && floorBest > 0 ? Report.met(platformBest * 3 >= floorBest) : "");
    }

    private static String stepText(Step step) {
        if (step == null) {
            return "";
        }
        WithdrawalRuns.Outcome o = step.outcome();
        if (!o.problems().isEmpty() && o.incomplete() == 0) {
            return "FAILED: " + WithdrawalRuns.first(o.problems());
        }
        return String.format("%s; %,.0f rows/s%s%s", o.notified().summary(), o.rowsPerSecond(),
                step.keptUp() ? "" : " — did not keep up",
                o.incomplete() > 0 ? " (" + o.incomplete() + " of " + o.withdrawals() + " incomplete; their latency is a lower bound)" : "");
    }

    // ---- figure 3: share decisions and REST reads

    private void decisions() {
        RequestFigures figures = new RequestFigures(log);
        int people = options.quick() ? 24 : 64;
        log.line("  " + people + " people with active consents for the share decisions");
        List<Platform.Consented> pool = Platform.pooled(people, 16, i -> platform.consented(PARTNERS, PARTNERS.get(i % 4),
                sheetId, false));
        // warm-up: a JIT needs thousands of requests before a service runs at its steady cost
        figures.decisions(platform, pool, PARTNERS, 50, options.quick() ? 2 : 20);
        for (double rate : options.decisionRates()) {
            quiet.await(String.format("share decisions at %.0f/s", rate));
            log.line(String.format("  share decisions at %.0f/s for %d s", rate, options.stepSeconds()));
            RequestFigures.Outcome o = figures.decisions(platform, pool, PARTNERS, rate, options.stepSeconds());
            boolean at500 = rate >= 500;
            report.row(String.format("share decision at %.0f/s (%d requests, %d errors)", rate, o.requests(), o.errors()),
                    o.latencies().summary() + (o.firstError() == null ? "" : "; first error: " + o.firstError().replace("|", "/")),
                    "", "", at500 ? "p99 ≤ 25 ms at 500/s" : "",
                    at500 ? Report.met(o.errors() == 0 && o.latencies().p99Ms() <= 25) : "");
        }
    }

    private void reads() throws Exception {
        RequestFigures figures = new RequestFigures(log);
        List<UUID> releases = db.someReleases(PARTNERS, 1000);
        if (releases.isEmpty()) {
            throw new IllegalStateException("no bench releases to read");
        }
        figures.reads(platform, releases, 100, options.quick() ? 2 : 10); // warm-up
        double rate = options.readRate();
        quiet.await("the REST reads");
        log.line(String.format("  GET /api/v1/releases/{id} at %.0f/s for %d s", rate, options.stepSeconds()));
        RequestFigures.Outcome o = figures.reads(platform, releases, rate, options.stepSeconds());
        report.row(String.format("REST read GET /releases/{id} at %.0f/s (%d requests, %d errors)", rate, o.requests(),
                        o.errors()), o.latencies().summary(), "", "", "p99 ≤ 25 ms at 500/s",
                rate >= 500 ? Report.met(o.errors() == 0 && o.latencies().p99Ms() <= 25) : "");
    }

    // ---- figure 4: audit verify

    private void audit() {
        quiet.await("the audit verification");
        RequestFigures.Verify v = new RequestFigures(log).verify(api, options.auditUrl());
        if (!v.ok()) {
            report.failed("audit verify", List.of(v.problem()), "≥ 200k entries/s on ≥ 1M entries");
            return;
        }
        boolean bigEnough = v.entries() >= 1_000_000;
        report.row(String.format("audit verify (trail of %,d entries, %.2f s)", v.entries(), v.seconds()),
                String.format("%,.0f entries/s", v.entriesPerSecond()), "", "", "≥ 200k entries/s on ≥ 1M entries",
                bigEnough ? Report.met(v.entriesPerSecond() >= 200_000)
                        : Report.met(v.entriesPerSecond() >= 200_000) + " (trail < 1M entries)");
    }

    // ---- figure 5: memory

    private void rss(Map<String, Double> idle, Map<String, Double> after) {
        if (idle.isEmpty() && after.isEmpty()) {
            report.row("RSS per service", "no pid files in " + options.infoshareHome().resolve("run"), "", "",
                    "≤ 200 MB idle, ≤ 256 MB after load", "");
            return;
        }
        for (String service : Machine.SERVICES) {
            Double before = idle.get(service);
            Double later = after.get(service);
            report.row("RSS " + service + ", idle / after load",
                    String.format("%s / %s MB", before == null ? "?" : String.format("%.0f", before),
                            later == null ? "?" : String.format("%.0f", later)), "", "",
                    "≤ 200 MB idle, ≤ 256 MB after load",
                    before == null || later == null ? "" : Report.met(before <= 200 && later <= 256));
        }
    }

    private void cleanUp() {
        try {
            if (db != null && !options.keepFiller()) {
                log.line("removing the bulk-loaded releases from sharing's database ...");
                Thread.sleep(2000); // let the last webhook deliveries settle before their rows go
                db.removeBulk(false);
            }
        } catch (Exception e) {
            log.line("could not remove the bulk-loaded releases: " + e);
        }
        closeQuietly(tail);
        closeQuietly(receivers);
        closeQuietly(floor);
        closeQuietly(db);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing at exit
            }
        }
    }

    static String human(long rows) {
        if (rows >= 1_000_000) {
            return String.format("%.1fM", rows / 1e6);
        }
        if (rows >= 1_000) {
            return String.format("%.0fk", rows / 1e3);
        }
        return Long.toString(rows);
    }
}
