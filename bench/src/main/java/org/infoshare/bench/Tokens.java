package org.infoshare.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens by Keycloak's password grant (client {@code dashboard}, password = user name),
 * cached per user and fetched again a minute before they expire, so timed requests almost never
 * wait for Keycloak.
 */
final class Tokens {

    private record Token(String value, long refreshAtNanos) {
    }

    private static final long MARGIN_NANOS = Duration.ofSeconds(60).toNanos();
    private final HttpClient http;
    private final URI tokenUrl;
    private final ObjectMapper json;
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    Tokens(HttpClient http, String tokenUrl, ObjectMapper json) {
        this.http = http;
        this.tokenUrl = URI.create(tokenUrl);
        this.json = json;
    }

    String of(String user) {
        Token token = cache.get(user);
        if (token != null && System.nanoTime() < token.refreshAtNanos()) {
            return token.value();
        }
        synchronized (this) {
            token = cache.get(user);
            if (token == null || System.nanoTime() >= token.refreshAtNanos()) {
                token = fetch(user);
                cache.put(user, token);
            }
            return token.value();
        }
    }

    private Token fetch(String user) {
        String form = "grant_type=password&client_id=dashboard&username=" + enc(user) + "&password=" + enc(user);
        HttpRequest request = HttpRequest.newBuilder(tokenUrl).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + user + ": HTTP " + response.statusCode());
            }
            JsonNode body = json.readTree(response.body());
            long lifetime = Duration.ofSeconds(body.path("expires_in").asLong(60)).toNanos();
            return new Token(body.path("access_token").asText(),
                    System.nanoTime() + Math.max(lifetime / 2, lifetime - MARGIN_NANOS));
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Keycloak at " + tokenUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
