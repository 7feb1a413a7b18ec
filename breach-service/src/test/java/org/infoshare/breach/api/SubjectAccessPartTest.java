package org.infoshare.breach.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.SubjectAccessVerified;
import org.infoshare.events.sharing.ShareReleased;
import org.infoshare.events.subjectaccess.SubjectAccessItem;
import org.infoshare.events.subjectaccess.SubjectAccessPartPrepared;
import org.infoshare.events.vocabulary.PartCompleteness;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.TopicWriter;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** P12.2: a verified subject access request is answered with breach-service's part, once, by event. */
@QuarkusTest
class SubjectAccessPartTest {

    private final SharingEvents sharing = new SharingEvents();
    private final EventCodec codec = new EventCodec();

    @AfterEach
    void close() {
        sharing.close();
    }

    @Test
    @DisplayName("P12.2 a verified request, delivered twice, is answered with one part: the breach that reached the person through an onward release, and the notice prepared for them")
    void onePartWithTheBreachAndTheNotice() {
        String subject = "subj-sar-" + UUID.randomUUID();
        String bystander = "subj-other-" + UUID.randomUUID();
        ShareReleased release = SharingEvents.release(subject, "partner-a", null, "health");
        ShareReleased onward = SharingEvents.release(subject, "partner-b", release.releaseId(), "health");
        ShareReleased other = SharingEvents.release(bystander, "partner-b", null, "health");
        sharing.publish(release, onward, other);
        // the breach is at partner-b, where only the onward copy went
        String breachId = BreachReports.report("staff", BreachReports.aware(Instant.now().minusSeconds(600),
                List.of(onward.releaseId())));
        BreachTracingTest.awaitAffected(breachId, 1);
        BreachReports.assess(breachId, "LIKELY", "SEVERE");
        given().auth().oauth2(Tokens.user("dpo")).contentType(ContentType.JSON).body(BreachWorkflowTest.notices())
                .post("/api/v1/breaches/" + breachId + "/notices").then().statusCode(201).body("prepared", equalTo(1));
        UUID requestId = UUID.randomUUID();

        try (TopicReader parts = new TopicReader("test.subject-access-parts");
             TopicWriter consent = new TopicWriter("test.consent-events", URI.create("urn:infoshare:consent-service"))) {
            byte[] verified = consent.send(new SubjectAccessVerified(requestId, subject, Instant.now(),
                    LocalDate.now().plusMonths(1)), Instant.now());
            consent.sendRaw(subject, verified); // redelivered
            consent.send(new SubjectAccessVerified(UUID.randomUUID(), bystander, Instant.now(),
                    LocalDate.now().plusMonths(1)), Instant.now());

            List<ConsumerRecord<String, byte[]>> records = parts.await(r -> subject.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(parts.drain(r -> subject.equals(r.key()), Duration.ofSeconds(3))).hasSize(1);
            var envelope = codec.deserialize(records.get(0).value());
            assertThat(envelope.getSource()).hasToString("urn:infoshare:breach-service");
            SubjectAccessPartPrepared part = codec.data(envelope, SubjectAccessPartPrepared.class);
            assertThat(part.requestId()).isEqualTo(requestId);
            assertThat(part.service()).isEqualTo("breach-service");
            assertThat(part.completeness()).isEqualTo(PartCompleteness.COMPLETE);
            assertThat(part.records()).extracting(SubjectAccessItem::kind).containsExactlyInAnyOrder("breach", "breach-notice");
            SubjectAccessItem notice = part.records().stream().filter(i -> i.kind().equals("breach-notice")).findFirst()
                    .orElseThrow();
            assertThat(notice.relatedId()).isEqualTo(breachId);
            assertThat(notice.outcome()).isEqualTo("PENDING");
            assertThat(part.records()).filteredOn(i -> i.kind().equals("breach")).extracting(SubjectAccessItem::recordId)
                    .containsExactly(breachId);

            // the bystander was in no breach: their part is empty but complete, never missing
            SubjectAccessPartPrepared theirs = codec.data(codec.deserialize(
                    parts.await(r -> bystander.equals(r.key()), 1, Duration.ofSeconds(30)).get(0).value()),
                    SubjectAccessPartPrepared.class);
            assertThat(theirs.records()).isEmpty();
            assertThat(theirs.completeness()).isEqualTo(PartCompleteness.COMPLETE);
        }
    }
}
