package org.infoshare.testing;

import com.sun.net.httpserver.HttpServer;
import org.infoshare.events.webhook.WebhookSignature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A partner's webhook endpoint for tests: a real HTTP server on a free port that checks each
 * delivery's signature as a partner would, records it, and can fail the first few with 503.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One delivery as received: its body, headers of interest, whether the signature held, and our answer. */
    public record Delivery(String body, String deliveryId, String attempt, boolean signatureValid, int answered,
                           String traceparent) {
    }

    private final HttpServer server;
    private final String secret;
    private final AtomicInteger failuresLeft;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    /** @param failFirst how many deliveries to answer 503 before accepting */
    public WebhookReceiver(String secret, int failFirst) {
        this.secret = secret;
        this.failuresLeft = new AtomicInteger(failFirst);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/webhook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean valid = WebhookSignature.verify(secret, exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                    body, Instant.now(), WebhookSignature.DEFAULT_REPLAY_WINDOW);
            int status = !valid ? 401 : failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            deliveries.add(new Delivery(body, exchange.getRequestHeaders().getFirst("Infoshare-Delivery"),
                    exchange.getRequestHeaders().getFirst("Infoshare-Attempt"), valid, status,
                    exchange.getRequestHeaders().getFirst("traceparent")));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhook");
    }

    public String secret() {
        return secret;
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
