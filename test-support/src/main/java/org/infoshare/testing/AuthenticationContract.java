package org.infoshare.testing;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * Every service is an OIDC resource server of the infoshare realm: no token, a token whose
 * signature fails, and a genuine realm token issued for another audience are each refused with
 * 401 and a problem body. A service's access test extends it and adds its role matrix.
 */
public abstract class AuthenticationContract {

    /** A GET endpoint that a demo user with role {@link #allowedUser()} may call. */
    protected abstract String protectedPath();

    protected abstract String allowedUser();

    @Test
    @DisplayName("a call without a token is refused with 401, a problem body and a Bearer challenge")
    void anonymousIsUnauthenticated() {
        var response = given().get(protectedPath());
        assertProblem(response, 401, "unauthenticated");
        org.assertj.core.api.Assertions.assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    @DisplayName("a token whose signature does not verify is refused with 401")
    void tamperedTokenIsUnauthenticated() {
        assertProblem(given().auth().oauth2(Tokens.tampered(allowedUser())).get(protectedPath()), 401);
    }

    @Test
    @DisplayName("a realm token without the infoshare-api audience is refused with 401")
    void tokenForAnotherAudienceIsUnauthenticated() {
        assertProblem(given().auth().oauth2(Tokens.userWithoutAudience(allowedUser())).get(protectedPath()), 401);
    }

    @Test
    @DisplayName("the allowed user's genuine token is accepted, so the refusals above are about the token alone")
    void genuineTokenIsAccepted() {
        given().auth().oauth2(Tokens.user(allowedUser())).get(protectedPath()).then().statusCode(200);
    }
}
