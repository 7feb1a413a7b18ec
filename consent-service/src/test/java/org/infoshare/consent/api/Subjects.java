package org.infoshare.consent.api;

import io.restassured.http.ContentType;
import org.infoshare.testing.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** People for the vault tests: unique, recognisable identifiers per call. */
final class Subjects {

    private Subjects() {
    }

    static Map<String, Object> person() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", "Ada" + unique);
        body.put("familyName", "Lovelace" + unique);
        body.put("email", "ada." + unique + "@example.org");
        body.put("phone", String.format("07%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L)));
        body.put("dateOfBirth", "1950-12-10");
        body.put("address", Map.of("lines", List.of("1 Market Street"), "town", "Oakham", "postcode", "LE15 6AB"));
        return body;
    }

    /** Registers a person as staff and returns their subject id. */
    static String register(Map<String, Object> person) {
        return given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(person)
                .post("/api/v1/subjects").then().statusCode(201).extract().path("subjectId");
    }

    static String register() {
        return register(person());
    }
}
