package org.infoshare.consent.api;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.infoshare.testing.Tokens;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Issue 13 item 4(a) in tests: staff issue a link; the token is read where the delivery path keeps
 * it, the letter queued for the print and mail channel (read with a purpose, recorded), as the
 * person would read it in their letter or e-mail; the dashboard's person-portal account redeems it.
 */
final class PersonLinks {

    static final Pattern LINK = Pattern.compile("/person/([A-Za-z0-9_-]{43})");

    private PersonLinks() {
    }

    /** The dashboard's service account (realm roles person-portal and provider-portal). */
    static RequestSpecification portal() {
        return given().auth().oauth2(Tokens.client("dashboard-portal")).contentType(ContentType.JSON);
    }

    static Response issue(String subjectId) {
        return given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("subjectId", subjectId)).post("/api/v1/person-links");
    }

    /** Issues a link and answers its id and token (from the queued letter). */
    static String[] issued(String subjectId) {
        String linkId = issue(subjectId).then().statusCode(202).extract().path("linkId");
        return new String[] {linkId, token(linkId)};
    }

    static String token(String linkId) {
        String body = given().auth().oauth2(Tokens.user("staff")).queryParam("purpose", "send the person their link")
                .get("/api/v1/person-links/" + linkId + "/letter").then().statusCode(200).extract().path("body");
        Matcher link = LINK.matcher(body);
        if (!link.find()) {
            throw new AssertionError("the letter carries no link: " + body.length() + " characters");
        }
        return link.group(1);
    }

    static Response redeem(String token) {
        return portal().post("/api/v1/person-links/" + token + "/redeem");
    }

    /** A session handle for a newly issued and redeemed link of the subject. */
    static String session(String subjectId) {
        return redeem(issued(subjectId)[1]).then().statusCode(200).extract().path("handle");
    }
}
