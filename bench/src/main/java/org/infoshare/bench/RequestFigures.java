package org.infoshare.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Plain request/answer figures under open load: share decisions, REST reads, audit verification. */
final class RequestFigures {

    /** Latencies from due time to answer; answers that were not what was expected are errors. */
    record Outcome(double rate, Latencies latencies, int requests, int errors, String firstError) {
    }

    /** What verifying the whole audit trail took. */
    record Verify(long entries, double seconds, boolean ok, String problem) {
        double entriesPerSecond() {
            return seconds <= 0 ? 0 : entries / seconds;
        }
    }

    private final Log log;

    RequestFigures(Log log) {
        this.log = log;
    }

    /**
     * Sends {@code rate × seconds} requests at their due times; {@code call} starts request i and
     * completes with null when its answer was right, else with what was wrong.
     */
    Outcome openLoad(double rate, double seconds, IntFunction<CompletableFuture<String>> call) {
        OpenLoad load = new OpenLoad(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20), rate,
                OpenLoad.countFor(rate, seconds));
        Latencies latencies = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        List<String> firstError = new ArrayList<>();
        List<CompletableFuture<?>> all = new ArrayList<>(load.count());
        load.run((i, due) -> all.add(call.apply(i).handle((problem, error) -> {
            latencies.recordNanos(System.nanoTime() - due);
            String wrong = error != null ? String.valueOf(error.getMessage()) : problem;
            if (wrong != null) {
                errors.incrementAndGet();
                synchronized (firstError) {
                    if (firstError.isEmpty()) {
                        firstError.add(wrong);
                    }
                }
            }
            return null;
        })));
        try {
            CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.line("  some requests had no answer within 120 s: " + e);
        }
        return new Outcome(rate, latencies, load.count(), errors.get(), firstError.isEmpty() ? null : firstError.get(0));
    }

    /** Share decisions (approved, non-identifiable) spread over a pool of people with active consents. */
    Outcome decisions(Platform platform, List<Platform.Consented> pool, List<String> partners, double rate,
                      double seconds) {
        return openLoad(rate, seconds, i -> {
            Platform.Consented c = pool.get(i % pool.size());
            return platform.share(c.subjectId(), c.consentId().toString(), partners.get(i % partners.size()))
                    .thenApply(reply -> reply.status() == 201 && "APPROVED".equals(reply.text("outcome")) ? null
                            : "HTTP " + reply.status() + " " + abbreviate(reply.body()));
        });
    }

    Outcome reads(Platform platform, List<UUID> releases, double rate, double seconds) {
        return openLoad(rate, seconds, i -> platform.release(releases.get(i % releases.size()))
                .thenApply(reply -> reply.status() == 200 ? null : "HTTP " + reply.status()));
    }

    Verify verify(Api api, String auditUrl) {
        api.get(auditUrl + "/api/v1/trail/verify?from=0&to=999", "auditor").join(); // warm-up, answer unused
        long started = System.nanoTime();
        Api.Reply reply = api.get(auditUrl + "/api/v1/trail/verify", "auditor").join();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (reply.status() != 200) {
            return new Verify(0, seconds, false, "HTTP " + reply.status() + " " + abbreviate(reply.body()));
        }
        var tree = reply.tree();
        boolean ok = tree.path("ok").asBoolean(false);
        return new Verify(tree.path("entriesChecked").asLong(), seconds, ok,
                ok ? null : "trail does not verify: " + abbreviate(tree.path("failure").toString()));
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
