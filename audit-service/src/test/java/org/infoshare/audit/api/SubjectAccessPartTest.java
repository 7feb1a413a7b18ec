package org.infoshare.audit.api;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.consent.SubjectAccessVerified;
import org.infoshare.events.subjectaccess.SubjectAccessItem;
import org.infoshare.events.subjectaccess.SubjectAccessPartPrepared;
import org.infoshare.events.vocabulary.PartCompleteness;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.TopicWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** P12.2: a verified subject access request is answered with audit-service's part, once, by event. */
@QuarkusTest
class SubjectAccessPartTest {

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("P12.2 a verified request, delivered twice, is answered with one part: who read the person's data, when, through which service")
    void onePartWithEveryRead() {
        String subject = "subj-sar-" + UUID.randomUUID();
        List<UUID> reads;
        try (TrailFixture fixture = new TrailFixture()) {
            reads = List.of(fixture.accessed(subject, "staff-7"), fixture.accessed(subject, "dpo-2"));
        }
        TrailFixture.awaitSeqs(subject, 2);
        UUID requestId = UUID.randomUUID();

        try (TopicReader parts = new TopicReader("test.subject-access-parts");
             TopicWriter consent = new TopicWriter("test.consent-events", URI.create("urn:infoshare:consent-service"))) {
            byte[] verified = consent.send(new SubjectAccessVerified(requestId, subject, Instant.now(),
                    LocalDate.now().plusMonths(1)), Instant.now());
            consent.sendRaw(subject, verified); // redelivered

            List<ConsumerRecord<String, byte[]>> records = parts.await(r -> subject.equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(parts.drain(r -> subject.equals(r.key()), Duration.ofSeconds(3))).hasSize(1);
            var envelope = codec.deserialize(records.get(0).value());
            assertThat(envelope.getSource()).hasToString("urn:infoshare:audit-service");
            SubjectAccessPartPrepared part = codec.data(envelope, SubjectAccessPartPrepared.class);
            assertThat(part.requestId()).isEqualTo(requestId);
            assertThat(part.service()).isEqualTo("audit-service");
            assertThat(part.completeness()).isEqualTo(PartCompleteness.COMPLETE);
            assertThat(part.records()).extracting(SubjectAccessItem::kind).containsOnly("data-read");
            assertThat(part.records()).extracting(SubjectAccessItem::recordId)
                    .containsExactly(reads.get(0).toString(), reads.get(1).toString());
            assertThat(part.records()).extracting(SubjectAccessItem::party).containsExactly("staff-7", "dpo-2");
            assertThat(part.records()).extracting(SubjectAccessItem::detail).containsOnly("served by consent-service");
        }
    }
}
