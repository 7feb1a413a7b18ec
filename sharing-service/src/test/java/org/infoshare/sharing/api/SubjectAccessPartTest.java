package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.consent.SubjectAccessVerified;
import org.infoshare.events.subjectaccess.SubjectAccessItem;
import org.infoshare.events.subjectaccess.SubjectAccessPartPrepared;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.events.vocabulary.PartCompleteness;
import org.infoshare.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** P12.2: a verified subject access request is answered with sharing-service's part, once, by event. */
@QuarkusTest
class SubjectAccessPartTest {

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("P12.2 a verified request, delivered twice, is answered with one part: requests, decisions with reasons, the release with recipient, date and categories, and the withdrawal's notification")
    void oneCompletePartByEvent() {
        Releases.Consented consented = Releases.consentedRelease("partner-c");
        try (ConsentEvents events = new ConsentEvents()) {
            events.send(new ConsentWithdrawn(consented.consentId(), consented.subject(), 2, true, List.of(), List.of(),
                    List.of(), ContactChannel.LETTER, "staff-1", Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Releases.release(consented.releaseId()).then().body("status", equalTo("WITHDRAWN")));
        String subject = consented.subject();
        UUID requestId = UUID.randomUUID();

        try (TopicReader parts = new TopicReader("test.subject-access-parts");
             ConsentEvents events = new ConsentEvents()) {
            byte[] verified = events.send(new SubjectAccessVerified(requestId, subject, Instant.now(),
                    LocalDate.now().plusMonths(1)));
            events.sendRaw(subject, verified); // redelivered

            List<ConsumerRecord<String, byte[]>> records = parts.await(r -> subject.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(parts.drain(r -> subject.equals(r.key()), Duration.ofSeconds(3))).hasSize(1);
            var envelope = codec.deserialize(records.get(0).value());
            assertThat(envelope.getSource()).hasToString("urn:infoshare:sharing-service");
            SubjectAccessPartPrepared part = codec.data(envelope, SubjectAccessPartPrepared.class);
            assertThat(part.requestId()).isEqualTo(requestId);
            assertThat(part.service()).isEqualTo("sharing-service");
            assertThat(part.completeness()).isEqualTo(PartCompleteness.COMPLETE);
            assertThat(part.records()).extracting(SubjectAccessItem::kind)
                    .contains("share-request", "decision", "release", "notification");
            SubjectAccessItem release = part.records().stream().filter(i -> i.kind().equals("release")).findFirst().orElseThrow();
            assertThat(release.recordId()).isEqualTo(consented.releaseId());
            assertThat(release.party()).isEqualTo("partner-c");
            assertThat(release.categories()).isNotEmpty();
            assertThat(release.outcome()).isEqualTo("WITHDRAWN");
            SubjectAccessItem decision = part.records().stream().filter(i -> i.kind().equals("decision")).findFirst().orElseThrow();
            assertThat(decision.outcome()).isNotBlank();
            assertThat(decision.detail()).isNotBlank();
            SubjectAccessItem notification = part.records().stream().filter(i -> i.kind().equals("notification"))
                    .findFirst().orElseThrow();
            assertThat(notification.relatedId()).isEqualTo(consented.releaseId());
            // no identifier leaves the vault: the part speaks of the person only by the pseudonymous id
            assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).doesNotContain("@").doesNotContainIgnoringCase("postcode");
        }
    }
}
