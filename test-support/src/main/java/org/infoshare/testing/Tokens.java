package org.infoshare.testing;

import io.restassured.RestAssured;
import io.restassured.response.Response;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the local Keycloak (realm {@code infoshare}, see deploy/keycloak). Demo
 * users have their user name as password; confidential clients have the secret
 * {@code <clientId>-secret}. Tokens are cached until shortly before they expire.
 */
public final class Tokens {

    private static final String KEYCLOAK = System.getProperty("infoshare.keycloak.url",
            System.getenv().getOrDefault("INFOSHARE_KEYCLOAK_URL", "http://localhost:8180"));
    private static final String TOKEN_ENDPOINT = KEYCLOAK + "/realms/infoshare/protocol/openid-connect/token";
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, Instant expires) {
    }

    private Tokens() {
    }

    /** A token of a demo user, through the public dashboard client's password grant. */
    public static String user(String username) {
        return cached("user:" + username, () -> RestAssured.given()
                .formParams(Map.of("grant_type", "password", "client_id", "dashboard",
                        "username", username, "password", username))
                .post(TOKEN_ENDPOINT));
    }

    /**
     * A token of a demo user issued to Keycloak's built-in {@code admin-cli} client, which has no
     * audience mapper: valid signature and issuer, but not meant for the infoshare API.
     */
    public static String userWithoutAudience(String username) {
        return cached("no-audience:" + username, () -> RestAssured.given()
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", username, "password", username))
                .post(TOKEN_ENDPOINT));
    }

    /** A token of a confidential client (a service or a partner system), by client credentials. */
    public static String client(String clientId) {
        return cached("client:" + clientId, () -> RestAssured.given()
                .formParams(Map.of("grant_type", "client_credentials", "client_id", clientId,
                        "client_secret", clientId + "-secret"))
                .post(TOKEN_ENDPOINT));
    }

    /**
     * The actor id the services record for a demo user (Caller: the token's sub claim, or the
     * principal's name, the user name, in a token without one), read from the user's token.
     */
    public static String actorId(String username) {
        String payload = user(username).split("\\.")[1];
        var claims = io.restassured.path.json.JsonPath.from(
                new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8));
        String sub = claims.getString("sub");
        return sub != null ? sub : claims.getString("preferred_username");
    }

    /** A token whose signature no longer matches: what a tampered or foreign token looks like. */
    public static String tampered(String username) {
        String token = user(username);
        char last = token.charAt(token.length() - 2);
        return token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
    }

    private static String cached(String key, java.util.function.Supplier<Response> fetch) {
        Cached hit = CACHE.get(key);
        if (hit != null && hit.expires().isAfter(Instant.now().plusSeconds(30))) {
            return hit.token();
        }
        Response response = fetch.get();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak at " + KEYCLOAK + " refused a token for " + key + ": HTTP "
                    + response.statusCode() + " " + response.body().asString()
                    + " (is the stack running? deploy/local/infoshare stack start)");
        }
        String token = response.jsonPath().getString("access_token");
        long expiresIn = response.jsonPath().getLong("expires_in");
        CACHE.put(key, new Cached(token, Instant.now().plusSeconds(expiresIn)));
        return token;
    }
}
