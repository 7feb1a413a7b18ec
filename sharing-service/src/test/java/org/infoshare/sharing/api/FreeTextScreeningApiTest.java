package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** P7.1 through the API: a personal share whose free text identifies a person is refused, and nothing stored. */
@QuarkusTest
class FreeTextScreeningApiTest {

    private static Map<String, Object> personalShare(String subject, UUID consentId, String summary) {
        Map<String, Object> body = ShareRequests.underConsent("partner-c", subject, consentId);
        body.put("payload", ShareRequests.records(List.of(Map.of("experience",
                Map.of("theme", "discharge", "summary", summary)))));
        return body;
    }

    private static UUID consentFor(String subject) {
        try (ConsentEvents events = new ConsentEvents()) {
            UUID consentId = UUID.randomUUID();
            events.send(ConsentEvents.given(consentId, subject, List.of(Fixtures.PURPOSE), List.of("partner-c"),
                    Instant.now()));
            ConsentEvents.awaitVersion(consentId, 1);
            return consentId;
        }
    }

    private static long total(String path) {
        return Fixtures.as("staff").get(path).then().statusCode(200).extract().<Integer>path("total");
    }

    @Test
    @DisplayName("P7.1 a name and an NHS number in a personal share's free text: 422 naming field and kind, nothing stored")
    void identifyingFreeTextIsRefused() {
        Releases.provider("partner-c", null);
        String subject = "subj-" + UUID.randomUUID();
        UUID consentId = consentFor(subject);
        long shares = total("/api/v1/share-requests");
        long releases = total("/api/v1/releases");

        Response refused = ShareRequests.post(personalShare(subject, consentId,
                "Seen by Dr Patel; NHS number 943 476 5919 on the discharge letter"));

        assertProblem(refused, 422, "unprocessable");
        refused.then().body("errors.field", equalTo(List.of("payload.records[0].experience.summary",
                        "payload.records[0].experience.summary")))
                .body("errors.message", equalTo(List.of("P7.1 NHS_NUMBER: holds an NHS number (valid check digit)",
                        "P7.1 PERSON_NAME: holds a person's name (a title and a name)")));
        assertThat(refused.body().asString()).as("the value found is never echoed")
                .doesNotContain("Patel", "943", "5919", "discharge letter");
        assertThat(total("/api/v1/share-requests")).as("no share stored").isEqualTo(shares);
        assertThat(total("/api/v1/releases")).as("nothing released").isEqualTo(releases);
    }

    @Test
    @DisplayName("P7.1 near misses in a personal share's free text are accepted and released as written")
    void nearMissesAreReleased() {
        Releases.provider("partner-c", null);
        String subject = "subj-" + UUID.randomUUID();
        String text = "Seen on 12/03/2024 in ward A1 2nd floor; the dr was kind; reference 943 476 5918";

        String share = ShareRequests.post(personalShare(subject, consentFor(subject), text)).then().statusCode(201)
                .body("outcome", equalTo("APPROVED")).extract().path("id");

        Releases.fetch("partner-c", Releases.releaseOf(share, "partner-c")).then().statusCode(200)
                .body("records[0].experience.summary", equalTo(text));
    }
}
