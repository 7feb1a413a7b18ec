package org.infoshare.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Withdrawals under open load against a target, followed to every recipient record. */
final class WithdrawalRuns {

    /** What one timed run of withdrawals showed. */
    record Outcome(Latencies notified, Latencies told, int withdrawals, long rows, int incomplete, long firstDueNanos,
                   long lastDueNanos, long lastDoneNanos, List<String> problems) {

        /** Records marked and notified per second, from the first due time to the last completion. */
        double rowsPerSecond() {
            double seconds = (lastDoneNanos - firstDueNanos) / 1e9;
            return seconds <= 0 ? 0 : rows / seconds;
        }
    }

    private final Log log;

    WithdrawalRuns(Log log) {
        this.log = log;
    }

    /**
     * Withdraws each sample at its due time ({@code rate} per second), waits until every
     * recipient record was notified (and its partner told, where webhooks are expected) or
     * {@code patienceSeconds} after the last due time, then checks the events and the database.
     */
    Outcome run(Target target, List<Target.Sample> samples, double rate, double patienceSeconds, boolean waitForWebhooks)
            throws Exception {
        WithdrawalTracker tracker = target.tracker();
        List<WithdrawalTracker.Withdrawal> followed = new ArrayList<>();
        for (Target.Sample sample : samples) {
            followed.add(tracker.follow(sample.consentId(), sample.releases()));
        }
        List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        OpenLoad load = new OpenLoad(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20), rate, samples.size());
        load.run((i, due) -> {
            WithdrawalTracker.Withdrawal w = followed.get(i);
            w.dueNanos = due;
            target.withdraw(w.consentId).thenAccept(problem -> {
                if (problem != null) {
                    w.problem(problem);
                }
            });
        });
        boolean webhooks = waitForWebhooks && target.webhooks();
        long giveUpAt = load.lastDueNanos() + (long) (patienceSeconds * 1e9);
        while (System.nanoTime() < giveUpAt && !allDone(followed, webhooks)) {
            Thread.sleep(20);
        }
        long now = System.nanoTime();
        Latencies notified = new Latencies();
        Latencies told = new Latencies();
        int incomplete = 0;
        long rows = 0;
        long lastDone = load.dueNanos(0);
        Map<UUID, Set<UUID>> expected = new LinkedHashMap<>();
        for (WithdrawalTracker.Withdrawal w : followed) {
            long at = w.notifiedNanos();
            rows += w.notifiedCount();
            if (at == 0) {
                incomplete++;
                notified.recordNanos(now - w.dueNanos); // a lower bound: it had not completed when the bench gave up
            } else {
                notified.recordNanos(at - w.dueNanos);
                lastDone = Math.max(lastDone, at);
            }
            if (webhooks) {
                long toldAt = w.toldNanos();
                told.recordNanos((toldAt == 0 ? now : toldAt) - w.dueNanos);
            }
            problems.addAll(w.check(webhooks));
            expected.put(w.consentId, new HashSet<>(w.expected));
            tracker.forget(w);
        }
        if (incomplete > 0) {
            problems.add(incomplete + " of " + followed.size() + " withdrawals not complete within "
                    + (int) patienceSeconds + " s of the last due time");
        }
        if (incomplete == 0) {
            problems.addAll(target.check(expected));
        }
        return new Outcome(notified, told, followed.size(), rows, incomplete, load.dueNanos(0), load.lastDueNanos(),
                lastDone, List.copyOf(problems));
    }

    private static boolean allDone(List<WithdrawalTracker.Withdrawal> followed, boolean webhooks) {
        for (WithdrawalTracker.Withdrawal w : followed) {
            if (w.notifiedNanos() == 0 || (webhooks && w.toldNanos() == 0)) {
                return false;
            }
        }
        return true;
    }

    /** One withdrawal at a time (at a low rate), timed, after untimed warm-ups. */
    Outcome single(Target target, int n, int samples, double rate, int warmup) throws Exception {
        List<Target.Sample> prepared = target.prepare(samples + warmup, n);
        double patience = 60 + n * 0.05;
        if (warmup > 0) {
            Outcome warm = run(target, prepared.subList(0, warmup), rate, patience, true);
            if (!warm.problems().isEmpty()) {
                log.line("  warm-up problems: " + first(warm.problems()));
            }
        }
        log.line(String.format("  %s: %d withdrawals of N=%d at %.1f/s", target.name(), samples, n, rate));
        return run(target, prepared.subList(warmup, prepared.size()), rate, patience, true);
    }

    /** One step of sustained withdrawals (N recipients each) at {@code rate} for {@code seconds}. */
    Outcome step(Target target, List<Target.Sample> prepared, double rate) throws Exception {
        return run(target, prepared, rate, 120, false);
    }

    static String first(List<String> problems) {
        return problems.isEmpty() ? "" : problems.get(0) + (problems.size() > 1 ? " (+" + (problems.size() - 1) + " more)" : "");
    }
}
