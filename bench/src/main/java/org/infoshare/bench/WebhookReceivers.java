package org.infoshare.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.infoshare.events.webhook.WebhookSignature;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bench partners' webhook endpoints on 127.0.0.1: each checks the signature with its own
 * partner's secret (as a real partner would), reports the release to the tracker and answers 204.
 * A few threads serve all of them.
 */
final class WebhookReceivers implements AutoCloseable {

    /** One partner's endpoint. */
    record Receiver(String partnerId, String secret, URI url) {
    }

    private final Map<String, Receiver> receivers = new LinkedHashMap<>();
    private final List<HttpServer> servers = new ArrayList<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(3, r -> {
        Thread thread = new Thread(r, "webhook-receiver");
        thread.setDaemon(true);
        return thread;
    });
    private final WithdrawalTracker tracker;
    private final ObjectMapper json;
    final AtomicLong received = new AtomicLong();
    final AtomicLong badSignatures = new AtomicLong();

    WebhookReceivers(List<String> partnerIds, WithdrawalTracker tracker, ObjectMapper json) throws IOException {
        this.tracker = tracker;
        this.json = json;
        for (String partnerId : partnerIds) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
            String secret = "whsec-" + partnerId + "-" + UUID.randomUUID();
            Receiver receiver = new Receiver(partnerId, secret,
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhook/" + partnerId));
            server.createContext("/webhook/" + partnerId, exchange -> handle(receiver, exchange));
            server.setExecutor(executor);
            server.start();
            servers.add(server);
            receivers.put(partnerId, receiver);
        }
    }

    Receiver of(String partnerId) {
        return receivers.get(partnerId);
    }

    private void handle(Receiver receiver, HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER);
            if (!WebhookSignature.verify(receiver.secret(), signature, body, Instant.now(),
                    WebhookSignature.DEFAULT_REPLAY_WINDOW)) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            received.incrementAndGet();
            JsonNode tree = json.readTree(body);
            String release = tree.path("releaseId").asText(null);
            if (release != null) {
                tracker.told(UUID.fromString(release), now);
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        executor.shutdownNow();
    }
}
