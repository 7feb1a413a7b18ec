package org.infoshare.consent.api;

import io.restassured.http.ContentType;
import org.infoshare.testing.Tokens;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Request bodies and set-up calls for the consent tests, through the public API. */
final class ConsentRequests {

    private ConsentRequests() {
    }

    static String publishSheet() {
        return given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON)
                .body(Map.of("pieceOfWork", "care-home-visits-" + UUID.randomUUID().toString().substring(0, 8),
                        "title", "Enter and view: care homes", "text", "What we collect, who sees it, why."))
                .post("/api/v1/information-sheets").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> capture() {
        Map<String, Object> capture = new HashMap<>();
        capture.put("channel", "VERBAL");
        capture.put("takenAt", Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        capture.put("notes", "Read the sheet aloud; the person agreed to each recipient.");
        return capture;
    }

    /** A complete consent for a newly registered person. */
    static Map<String, Object> consent() {
        return consent(Subjects.register(), publishSheet());
    }

    static Map<String, Object> consent(String subjectId, String sheetId) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectId", subjectId);
        body.put("purposes", List.of("service-improvement", "research"));
        body.put("dataCategories", List.of("experience", "health"));
        body.put("recipientPartnerIds", List.of("partner-a", "partner-b", "partner-c"));
        body.put("recipientPartnerKinds", List.of());
        body.put("handling", "Pseudonymised before release; kept 2 years by recipients.");
        body.put("lawfulBasis", "A");
        body.put("article9Condition", "A");
        body.put("capture", capture());
        body.put("informationSheetId", sheetId);
        return body;
    }

    static String give(Map<String, Object> consent) {
        return given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(consent)
                .post("/api/v1/consents").then().statusCode(201).extract().path("id");
    }
}
