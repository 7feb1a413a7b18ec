package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.events.consent.ConsentReconfirmed;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.vocabulary.CaptureChannel;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The consent projection built from the real consent-events topic (X2, P6.8). */
@QuarkusTest
class ConsentProjectionFromEventsTest {

    @Test
    @DisplayName("P6.8 consent-given then a partial consent-withdrawn leave exactly the remaining scope; a redelivered given changes nothing")
    void partialWithdrawalFromEvents() {
        UUID consentId = UUID.randomUUID();
        String subjectId = "subj-" + UUID.randomUUID();
        Instant givenAt = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        try (ConsentEvents events = new ConsentEvents()) {
            byte[] given = events.send(ConsentEvents.given(consentId, subjectId, List.of("service-improvement", "research"),
                    List.of("partner-a", "partner-b"), givenAt));
            events.send(new ConsentWithdrawn(consentId, subjectId, 2, false, List.of("research"), List.of("partner-b"),
                    List.of(), ContactChannel.PHONE, "staff-1", Instant.now()));
            events.sendRaw(subjectId, given); // redelivery of the first event
            ConsentEvents.awaitVersion(consentId, 2);
            // a later event proves the redelivered one has been consumed before we look
            Instant renewed = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            events.send(new ConsentReconfirmed(consentId, subjectId, 3, CaptureChannel.VERBAL, "staff-1", renewed));
            ConsentEvents.awaitVersion(consentId, 3);
        }
        given().auth().oauth2(Tokens.user("staff")).get("/api/v1/consent-projections/" + consentId).then()
                .statusCode(200).body("state", equalTo("ACTIVE")).body("version", equalTo(3))
                .body("purposes", equalTo(List.of("service-improvement")))
                .body("recipientPartnerIds", equalTo(List.of("partner-a")))
                .body("subjectId", equalTo(subjectId));
    }

    @Test
    @DisplayName("X2 an older event arriving after a newer one never moves the consent backwards")
    void olderEventDoesNotMoveBack() {
        UUID consentId = UUID.randomUUID();
        String subjectId = "subj-" + UUID.randomUUID();
        Instant reconfirmedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try (ConsentEvents events = new ConsentEvents()) {
            events.send(new ConsentReconfirmed(consentId, subjectId, 2, CaptureChannel.ONLINE, "staff-1", reconfirmedAt));
            events.send(ConsentEvents.given(consentId, subjectId, List.of("service-improvement"), List.of("partner-a"),
                    reconfirmedAt.minus(400, ChronoUnit.DAYS)));
            events.send(new ConsentWithdrawn(consentId, subjectId, 3, false, List.of(), List.of("partner-z"), List.of(),
                    ContactChannel.EMAIL, "staff-1", Instant.now()));
            ConsentEvents.awaitVersion(consentId, 3);
            given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/consent-projections/" + consentId).then()
                    .body("state", equalTo("ACTIVE"))
                    .body("lastConfirmedAt", equalTo(reconfirmedAt.toString()))
                    .body("purposes", equalTo(List.of("service-improvement")));
        }
    }

    @Test
    @DisplayName("X2 a record that is not a consent event goes to sharing-service.dead-letter and the partition carries on")
    void poisonIsDeadLettered() {
        UUID consentId = UUID.randomUUID();
        String subjectId = "subj-" + UUID.randomUUID();
        try (ConsentEvents events = new ConsentEvents();
             TopicReader deadLetters = new TopicReader("test.sharing-service.dead-letter")) {
            events.sendRaw(subjectId, "{not a cloud event".getBytes(StandardCharsets.UTF_8));
            events.send(ConsentEvents.given(consentId, subjectId, List.of("service-improvement"), List.of("partner-a"),
                    Instant.now()));
            ConsentEvents.awaitVersion(consentId, 1);
            assertThat(deadLetters.await(r -> subjectId.equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        }
    }
}
