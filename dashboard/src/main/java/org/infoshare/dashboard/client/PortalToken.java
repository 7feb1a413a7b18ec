package org.infoshare.dashboard.client;

import io.quarkus.oidc.client.NamedOidcClient;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import java.time.Duration;

/**
 * Sends the dashboard's own token, of the realm's confidential {@code dashboard-portal} client
 * (client credentials, named OIDC client {@code portal}), for the pages people use without an
 * account: nobody is signed in there, so there is no user's token to pass on. The token is kept
 * until shortly before it expires.
 */
@ApplicationScoped
public class PortalToken implements ClientRequestFilter {

    private final OidcClient client;
    private volatile Tokens current;

    public PortalToken(@NamedOidcClient("portal") OidcClient client) {
        this.client = client;
    }

    @Override
    public void filter(ClientRequestContext request) {
        Tokens tokens = current;
        if (tokens == null || tokens.isAccessTokenExpired() || tokens.isAccessTokenWithinRefreshInterval()) {
            tokens = client.getTokens().await().atMost(Duration.ofSeconds(10));
            current = tokens;
        }
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.getAccessToken());
    }
}
