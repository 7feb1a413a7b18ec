package org.infoshare.sharing.api;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.infoshare.events.EventCodec;
import org.infoshare.events.sharing.SafeguardingReferred;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A referral reaches Kafka through the outbox, exactly once, keyed by the subject. */
@QuarkusTest
class SafeguardingEventsTest {

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("P3.1 a referral is announced once on sharing-events as safeguarding-referred, keyed by subject, with the DPO told (on the list)")
    void referralIsAnnouncedThroughTheOutbox() {
        Map<String, Object> body = SafeguardingReferrals.valid();
        String subjectId = (String) body.get("subjectId");
        try (TopicReader reader = new TopicReader("test.sharing-events")) {
            given().auth().oauth2(Tokens.user("staff")).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/safeguarding-referrals").then().statusCode(201);

            // its progress (delivery, acknowledgement, ...) follows under the same key as other types
            java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> isReferred =
                    r -> subjectId.equals(r.key())
                            && codec.deserialize(r.value()).getType().equals("org.infoshare.safeguarding-referred.v1");
            reader.await(isReferred, 1, Duration.ofSeconds(30));
            var records = reader.drain(isReferred, Duration.ofSeconds(2));

            assertThat(records).hasSize(1);
            CloudEvent event = codec.deserialize(records.get(0).value());
            assertThat(event.getType()).isEqualTo("org.infoshare.safeguarding-referred.v1");
            SafeguardingReferred referred = codec.data(event, SafeguardingReferred.class);
            assertThat(referred.subjectId()).isEqualTo(subjectId);
            assertThat(referred.partnerId()).isEqualTo(SafeguardingReferrals.COUNTY_TEAM);
            assertThat(referred.dpoNotified()).isTrue();
        }
    }
}
