package org.infoshare.dashboard.client;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import java.time.Duration;
import java.time.Instant;

/**
 * Sends the dashboard-portal client's own access token (client credentials, the named OIDC client
 * {@code portal}) with the account-free pages' calls: there is no signed-in user on them. The token
 * is kept until shortly before it expires. (quarkus-rest-client-oidc-filter does the same; like the
 * token propagation module, it is not served by the registry this project builds from.)
 */
@ApplicationScoped
public class PortalToken implements ClientRequestFilter {

    /** A token this close to its expiry is replaced before use. */
    private static final Duration MARGIN = Duration.ofSeconds(30);
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final OidcClients clients;
    private Tokens tokens;

    public PortalToken(OidcClients clients) {
        this.clients = clients;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken());
    }

    private synchronized String accessToken() {
        if (tokens == null || expiresSoon(tokens)) {
            OidcClient portal = clients.getClient("portal");
            tokens = portal.getTokens().await().atMost(WAIT);
        }
        return tokens.getAccessToken();
    }

    private static boolean expiresSoon(Tokens tokens) {
        Long expiresAt = tokens.getAccessTokenExpiresAt();
        return expiresAt == null || Instant.ofEpochSecond(expiresAt).minus(MARGIN).isBefore(Instant.now());
    }
}
