package org.infoshare.bench;

import java.util.ArrayList;
import java.util.List;

/** The one table the bench prints, plus the machine lines under it. */
final class Report {

    record Row(String figure, String platform, String floor, String ratio, String target, String met) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void row(String figure, String platform, String floor, String ratio, String target, String met) {
        rows.add(new Row(figure, platform, floor, ratio, target, met));
    }

    void failed(String figure, List<String> problems, String target) {
        row(figure, "FAILED: " + WithdrawalRuns.first(problems).replace("|", "/"), "", "", target, "no");
    }

    void note(String line) {
        notes.add(line);
    }

    static String met(boolean met) {
        return met ? "yes" : "no";
    }

    /** platform/floor of two latencies, "" when either is missing. */
    static String latencyRatio(double platformMs, double floorMs) {
        if (platformMs <= 0 || floorMs <= 0) {
            return "";
        }
        return String.format("%.1f×", platformMs / floorMs);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| figure | platform p50 / p99 / max (ms) | floor p50 / p99 / max (ms) | ratio | target | met? |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(r.figure()).append(" | ").append(r.platform()).append(" | ").append(r.floor())
                    .append(" | ").append(r.ratio()).append(" | ").append(r.target()).append(" | ").append(r.met())
                    .append(" |\n");
        }
        out.append('\n');
        for (String note : notes) {
            out.append("- ").append(note).append('\n');
        }
        return out.toString();
    }
}
