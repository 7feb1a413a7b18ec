package org.infoshare.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Asynchronous JSON calls to the services with a user's token; one shared JDK HTTP client. */
final class Api {

    /** An answer: status and body (JSON read on demand). */
    record Reply(int status, String body, ObjectMapper json) {
        JsonNode tree() {
            try {
                return body == null || body.isBlank() ? MissingNode.getInstance() : json.readTree(body);
            } catch (JsonProcessingException e) {
                return MissingNode.getInstance();
            }
        }

        String text(String field) {
            return tree().path(field).asText(null);
        }

        Reply expect(int... statuses) {
            for (int s : statuses) {
                if (s == status) {
                    return this;
                }
            }
            String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
            throw new CompletionException(new IllegalStateException("HTTP " + status + ": " + shown));
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final HttpClient http;
    private final Tokens tokens;
    private final ObjectMapper json;

    Api(HttpClient http, Tokens tokens, ObjectMapper json) {
        this.http = http;
        this.tokens = tokens;
        this.json = json;
    }

    CompletableFuture<Reply> get(String url, String user) {
        return send("GET", url, user, null);
    }

    CompletableFuture<Reply> post(String url, String user, Object body) {
        return send("POST", url, user, body);
    }

    CompletableFuture<Reply> put(String url, String user, Object body) {
        return send("PUT", url, user, body);
    }

    CompletableFuture<Reply> send(String method, String url, String user, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + tokens.of(user)).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            try {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            } catch (JsonProcessingException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Reply(response.statusCode(), response.body(), json));
    }
}
