package org.infoshare.audit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.infoshare.audit.domain.MerkleHash;
import org.infoshare.audit.domain.MerkleProofs;
import org.infoshare.audit.service.TrailSigner;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory stays flat as the trail grows (issue 10, item 7): a trail of a million entries
 * ({@code -Daudit.bigTrail.entries}) bulk-loaded by SQL, with a signed checkpoint every
 * {@code audit.bigTrail.checkpointEvery} entries, is verified, proved, listed and exported while
 * the live heap (used after a full GC, sampled every second) is measured. Runs in its own JVM
 * with the service's production heap ({@code -Xmx384m -XX:+UseSerialGC}, see the pom): holding the
 * leaf hashes or the checkpoints of such a trail would need hundreds of MiB.
 */
@QuarkusTest
@TestProfile(BoundedMemoryTest.QuietScheduler.class)
@Tag("bounded-memory")
class BoundedMemoryTest {

    /** How much the live heap may grow while one operation runs over the whole trail. */
    private static final long BOUND = 64L << 20;
    /** The longest a call over the whole trail may take before it counts as hung. */
    private static final Duration LONGEST_ANSWER = Duration.ofMinutes(5);
    private static final long ENTRIES = Long.getLong("audit.bigTrail.entries", 1_000_000);
    private static final long CHECKPOINT_EVERY = Long.getLong("audit.bigTrail.checkpointEvery", 100);
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    @Inject
    TrailSigner signer;

    /**
     * The test signs the bulk-loaded trail itself; the periodic checkpoint would race it. The misuse
     * pass (P15.2, its own bounded batches) would add its batch to the heap being measured here.
     */
    public static class QuietScheduler implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("infoshare.audit.checkpoint.interval", "1h", "infoshare.audit.misuse.evaluate-every", "1h");
        }
    }

    @Test
    @DisplayName("X1 verify, proofs, checkpoint list and export over a million-entry trail keep the live heap flat")
    void longTrailInFlatMemory() throws Exception {
        long first;
        long size;
        int checkpoints;
        long started = System.nanoTime();
        try (Connection owner = TrailFixture.owner()) {
            first = BulkTrail.load(owner, ENTRIES);
            size = first + ENTRIES;
            long loaded = System.nanoTime();
            checkpoints = BulkTrail.sign(owner, signer, size, CHECKPOINT_EVERY);
            report("loaded %,d entries by SQL in %.1f s, signed %,d checkpoints in %.1f s", ENTRIES,
                    seconds(started, loaded), checkpoints, seconds(loaded, System.nanoTime()));
        }
        long baseline = liveHeap();

        long verifyStart = System.nanoTime();
        Measured<JsonPath> verified = measure(() -> auditor().get("/api/v1/trail/verify")
                .then().statusCode(200).extract().jsonPath());
        double verifySeconds = seconds(verifyStart, System.nanoTime());
        JsonPath report = verified.value();
        assertThat(report.getBoolean("ok")).as(report.prettify()).isTrue();
        assertThat(report.getLong("entriesChecked")).isGreaterThanOrEqualTo(size);
        assertThat(report.getInt("checkpointsChecked")).isEqualTo(checkpoints);
        report("verify: %,d entries, %,d checkpoints in %.1f s = %,.0f entries/s; live heap %s",
                report.getLong("entriesChecked"), checkpoints, verifySeconds,
                report.getLong("entriesChecked") / verifySeconds, verified.heap(baseline));

        Measured<JsonPath> range = measure(() -> auditor().queryParam("from", first + ENTRIES / 2)
                .get("/api/v1/trail/verify").then().statusCode(200).extract().jsonPath());
        assertThat(range.value().getBoolean("ok")).as(range.value().prettify()).isTrue();
        report("verify of the second half: %s", range.heap(baseline));

        JsonPath latest = auditor().get("/api/v1/trail/checkpoints/latest").then().statusCode(200).extract().jsonPath();
        assertThat(latest.getLong("treeSize")).isEqualTo(size);
        byte[] root = MerkleHash.unhex(latest.getString("rootHash"));
        long seq = first + ENTRIES / 3;
        Measured<JsonPath> inclusion = measure(() -> auditor().queryParam("seq", seq).queryParam("treeSize", size)
                .get("/api/v1/trail/proofs/inclusion").then().statusCode(200).extract().jsonPath());
        assertThat(MerkleProofs.verifyInclusion(MerkleHash.unhex(inclusion.value().getString("leafHash")), seq, size,
                hashes(inclusion.value().getList("path", String.class)), root)).isTrue();
        report("inclusion proof of entry %,d in %,d: %s", seq, size, inclusion.heap(baseline));

        long earlier = size / 2 / CHECKPOINT_EVERY * CHECKPOINT_EVERY; // checkpoint sizes are multiples of it
        JsonPath earlierCheckpoint = auditor().queryParam("page", earlier / CHECKPOINT_EVERY - 1).queryParam("size", 1)
                .get("/api/v1/trail/checkpoints").then().statusCode(200).extract().jsonPath();
        assertThat(earlierCheckpoint.getLong("total")).isEqualTo(checkpoints);
        assertThat(earlierCheckpoint.getLong("items[0].treeSize")).isEqualTo(earlier);
        Measured<JsonPath> consistency = measure(() -> auditor().queryParam("first", earlier).queryParam("second", size)
                .get("/api/v1/trail/proofs/consistency").then().statusCode(200).extract().jsonPath());
        assertThat(MerkleProofs.verifyConsistency(earlier, size,
                MerkleHash.unhex(earlierCheckpoint.getString("items[0].rootHash")), root,
                hashes(consistency.value().getList("path", String.class)))).isTrue();
        report("consistency proof %,d -> %,d: %s", earlier, size, consistency.heap(baseline));

        Measured<long[]> exported = measure(() -> export(first, 100_000));
        assertThat(exported.value()).containsExactly(100_000, first, first + 99_999);
        report("export of 100,000 entries (streamed): %s", exported.heap(baseline));

        for (Measured<?> operation : List.of(verified, range, inclusion, consistency, exported)) {
            assertThat(operation.peak() - baseline).as("live heap growth").isLessThan(BOUND);
        }
        report("whole run %.1f s", seconds(started, System.nanoTime()));
    }

    /** Lines, first seq and last seq of an export, read as a stream (the test must not hold it either). */
    private static long[] export(long fromSeq, int limit) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                        + "/api/v1/trail/export?fromSeq=" + fromSeq + "&limit=" + limit))
                .header("Authorization", "Bearer " + Tokens.user("auditor")).build();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        long[] seen = {0, -1, -1};
        try (Stream<String> lines = response.body()) {
            lines.forEach(line -> {
                Matcher matcher = SEQ.matcher(line);
                assertThat(matcher.find()).as(line).isTrue();
                long seq = Long.parseLong(matcher.group(1));
                if (seen[0]++ == 0) {
                    seen[1] = seq;
                }
                seen[2] = seq;
            });
        }
        return seen;
    }

    /** Runs the operation while a sampler records the live heap (used after a full GC) every second. */
    private static <T> Measured<T> measure(Callable<T> operation) throws Exception {
        AtomicLong peak = new AtomicLong(liveHeap());
        Thread sampler = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(1000);
                    peak.accumulateAndGet(liveHeap(), Math::max);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            T value = operation.call();
            return new Measured<>(value, peak.get());
        } finally {
            sampler.interrupt();
            sampler.join();
        }
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private record Measured<T>(T value, long peak) {
        String heap(long baseline) {
            return String.format("peak %.1f MiB after GC (baseline %.1f MiB, growth %.1f MiB, max heap %d MiB)",
                    peak / 1048576.0, baseline / 1048576.0, (peak - baseline) / 1048576.0,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** Calls as the auditor, waiting as long as a million-entry answer takes on a loaded machine (Quarkus' test default is 30 s). */
    private static io.restassured.specification.RequestSpecification auditor() {
        return given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", (int) LONGEST_ANSWER.toMillis())))
                .auth().oauth2(Tokens.user("auditor"));
    }

    private static List<byte[]> hashes(List<String> hex) {
        return hex.stream().map(MerkleHash::unhex).toList();
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    private static void report(String format, Object... args) {
        System.out.println("[bounded-memory] " + String.format(format, args));
    }
}
