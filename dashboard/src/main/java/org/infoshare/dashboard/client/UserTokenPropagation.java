package org.infoshare.dashboard.client;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Sends the signed-in user's own access token (from the code flow's session, refreshed by
 * quarkus-oidc when it expires) with every call to a service, so each service applies its own role
 * rules and records the user as the actor. The dashboard has no token of its own.
 * (quarkus-rest-client-oidc-token-propagation does the same; its parent POM is not served by the
 * registry this project builds from.)
 */
@ApplicationScoped
public class UserTokenPropagation implements ClientRequestFilter {

    private final SecurityIdentity identity;

    public UserTokenPropagation(SecurityIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void filter(ClientRequestContext request) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token == null) {
            throw new IllegalStateException("no signed-in user's access token to call a service with");
        }
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
    }
}
