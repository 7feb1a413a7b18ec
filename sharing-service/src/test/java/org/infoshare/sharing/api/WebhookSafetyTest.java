package org.infoshare.sharing.api;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.vocabulary.ContactChannel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook safety (issue 14, item 6; P6.8, P11.1) against the real database and broker: a partner's
 * answer is never followed elsewhere and never read without bound, and what went wrong is recorded
 * as a class, not as an exception's text.
 */
@QuarkusTest
class WebhookSafetyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int LARGE = 100 * 1024;

    @Inject
    Pool pool;

    /** A partner endpoint on 127.0.0.1 that answers each path its own way and counts the hits. */
    static final class Misbehaving implements AutoCloseable {
        final HttpServer server;
        final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

        Misbehaving() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            answer("/redirect", exchange -> {
                exchange.getResponseHeaders().add("Location", url("/target").toString());
                exchange.sendResponseHeaders(307, -1);
            });
            answer("/target", exchange -> exchange.sendResponseHeaders(204, -1));
            answer("/large", exchange -> {
                exchange.sendResponseHeaders(200, LARGE);
                write(exchange.getResponseBody(), LARGE);
            });
            answer("/chunked", exchange -> {
                exchange.sendResponseHeaders(200, 0); // no length: chunked
                write(exchange.getResponseBody(), LARGE);
            });
            answer("/small", exchange -> {
                exchange.sendResponseHeaders(200, 2);
                exchange.getResponseBody().write("ok".getBytes());
            });
            answer("/unavailable", exchange -> exchange.sendResponseHeaders(503, -1));
            server.start();
        }

        private void answer(String path, com.sun.net.httpserver.HttpHandler handler) {
            server.createContext(path, exchange -> {
                hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    handler.handle(exchange);
                } catch (IOException cutOff) {
                    // the dispatcher hung up on purpose
                }
            });
        }

        private static void write(OutputStream out, int bytes) throws IOException {
            byte[] chunk = new byte[4096];
            for (int sent = 0; sent < bytes; sent += chunk.length) {
                out.write(chunk);
                out.flush();
            }
        }

        URI url(String path) {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        }

        int hits(String path) {
            return hits.getOrDefault(path, new AtomicInteger()).get();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    record Attempt(String state, int attempts, String lastError) {
    }

    @Test
    @DisplayName("P6.8 P11.1 a redirect is a failed attempt (REDIRECT) and is not followed")
    void redirectIsNotFollowed() {
        try (Misbehaving endpoint = new Misbehaving()) {
            Attempt attempt = firstAttempt(endpoint.url("/redirect"));
            assertThat(attempt.lastError()).isEqualTo("REDIRECT");
            assertThat(attempt.state()).isEqualTo("PENDING");
            assertThat(endpoint.hits("/redirect")).isGreaterThanOrEqualTo(1);
            assertThat(endpoint.hits("/target")).as("the redirect's target is never called").isZero();
        }
    }

    @Test
    @DisplayName("P6.8 a 2xx answer with a body over 64 KiB is a failed attempt (BODY_TOO_LARGE), whether its length is declared or chunked")
    void oversizedBodyFails() {
        try (Misbehaving endpoint = new Misbehaving()) {
            assertThat(firstAttempt(endpoint.url("/large")).lastError()).isEqualTo("BODY_TOO_LARGE");
            assertThat(firstAttempt(endpoint.url("/chunked")).lastError()).isEqualTo("BODY_TOO_LARGE");
        }
    }

    @Test
    @DisplayName("P6.8 a 5xx answer is recorded as HTTP_5XX, a refused connection as CONNECT_REFUSED, and a small 200 delivers")
    void errorClasses() {
        try (Misbehaving endpoint = new Misbehaving()) {
            assertThat(firstAttempt(endpoint.url("/unavailable")).lastError()).isEqualTo("HTTP_5XX");
            assertThat(settled(endpoint.url("/small"), "DELIVERED").lastError()).isNull();
        }
        Misbehaving closed = new Misbehaving();
        URI nobodyListens = closed.url("/small");
        closed.close();
        assertThat(firstAttempt(nobodyListens).lastError()).isEqualTo("CONNECT_REFUSED");
    }

    /** A withdrawn release to a new partner whose webhook is this URL; answers its notification after the first attempt. */
    private Attempt firstAttempt(URI webhook) {
        return notified(webhook, row -> row.attempts() >= 1 && row.lastError() != null);
    }

    private Attempt settled(URI webhook, String state) {
        return notified(webhook, row -> row.state().equals(state));
    }

    private Attempt notified(URI webhook, java.util.function.Predicate<Attempt> until) {
        String partner = Fixtures.randomId("wh-safe");
        Releases.Consented consented = Releases.consentedRelease(partner);
        Releases.provider(partner, webhook, Releases.secret(partner));
        try (ConsentEvents events = new ConsentEvents()) {
            events.send(new ConsentWithdrawn(consented.consentId(), consented.subject(), 2, true, List.of(), List.of(),
                    List.of(), ContactChannel.LETTER, "staff-1", Instant.now()));
        }
        UUID releaseId = UUID.fromString(consented.releaseId());
        try {
            await().atMost(PATIENCE).until(() -> attempt(releaseId).filter(until).isPresent());
            return attempt(releaseId).orElseThrow();
        } finally {
            // no retries into a closed endpoint for the tests that follow
            pool.preparedQuery("UPDATE recipient_notification SET delivery_state = 'FAILED', next_attempt_at = NULL "
                    + "WHERE release_id = $1 AND delivery_state = 'PENDING'").execute(Tuple.of(releaseId))
                    .await().atMost(Duration.ofSeconds(10));
        }
    }

    private java.util.Optional<Attempt> attempt(UUID releaseId) {
        for (Row row : pool.preparedQuery("SELECT delivery_state, attempts, last_error FROM recipient_notification "
                + "WHERE release_id = $1").execute(Tuple.of(releaseId)).await().atMost(Duration.ofSeconds(10))) {
            return java.util.Optional.of(new Attempt(row.getString("delivery_state"), row.getInteger("attempts"),
                    row.getString("last_error")));
        }
        return java.util.Optional.empty();
    }
}
