package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventCodec;
import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.sharing.api.Fixtures.as;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P6.1 at the API: every view of sharing-service that shows a person records the read as
 * personal-data-accessed (actor, role, purpose, what was read, the pseudonymous subject), through
 * the outbox; a refused read (403, 404) records nothing.
 */
@QuarkusTest
class PersonalDataReadsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofSeconds(2);

    private final EventCodec codec = new EventCodec();

    @Test
    @DisplayName("P6.1 reading a safeguarding referral, alone or in the DPO's list, records reader, purpose and subject; refused reads record nothing")
    void safeguardingReferralReads() {
        Map<String, Object> body = SafeguardingReferrals.valid();
        String subject = (String) body.get("subjectId");
        String id = as("staff").body(body).post("/api/v1/safeguarding-referrals").then().statusCode(201)
                .extract().path("id");
        String missing = UUID.randomUUID().toString();
        try (TopicReader accessed = new TopicReader("test.personal-data-accessed")) {
            // refused first: a staff member may not list referrals, and an unknown one is 404
            assertProblem(as("staff").get("/api/v1/safeguarding-referrals"), 403, "forbidden");
            assertProblem(as("staff").get("/api/v1/safeguarding-referrals/" + missing), 404, "not-found");

            as("staff").get("/api/v1/safeguarding-referrals/" + id).then().statusCode(200)
                    .body("subjectId", equalTo(subject));
            PersonalDataAccessed one = only(accessed, subject, "safeguarding-referral-view");
            assertRead(one, subject, "staff", "safeguarding-referral/" + id);

            as("dpo").queryParam("size", 200).get("/api/v1/safeguarding-referrals").then().statusCode(200);
            PersonalDataAccessed listed = only(accessed, subject, "safeguarding-oversight");
            assertRead(listed, subject, "dpo", "safeguarding-referral/" + id);

            assertThat(events(accessed.drain(r -> subject.equals(r.key()), QUIET)))
                    .as("two reads, two records; the refused list read recorded nothing").hasSize(2);
            assertThat(events(accessed.drain(r -> true, Duration.ZERO)))
                    .as("the 404 read recorded nothing")
                    .noneMatch(e -> e.resource().contains(missing));
        }
    }

    @Test
    @DisplayName("P6.1 reading a share request, a release record or a consent projection with a person records each read; a 403 or 404 records nothing")
    void shareRequestReleaseAndConsentReads() {
        String partner = Fixtures.randomId("reads");
        Releases.Consented consented = Releases.consentedRelease(partner);
        String subject = consented.subject();
        String share = Releases.release(consented.releaseId()).then().statusCode(200)
                .extract().path("shareRequestId");
        String missing = UUID.randomUUID().toString();
        try (TopicReader accessed = new TopicReader("test.personal-data-accessed")) {
            assertProblem(Releases.partner("partner-a").get("/api/v1/share-requests/" + share), 403, "forbidden");
            assertProblem(as("staff").get("/api/v1/share-requests/" + missing), 404, "not-found");
            assertProblem(as("staff").get("/api/v1/releases/" + missing), 404, "not-found");

            ShareRequests.get(share).then().statusCode(200).body("subjectId", equalTo(subject));
            assertRead(only(accessed, subject, "share-review", "share-request/" + share, "staff"),
                    subject, "staff", "share-request/" + share);

            as("dpo").queryParam("size", 200).get("/api/v1/share-requests").then().statusCode(200);
            assertRead(only(accessed, subject, "share-review", "share-request/" + share, "dpo"),
                    subject, "dpo", "share-request/" + share);

            // the DPO reads it: staff read it while setting up, and those records may still be on their way
            as("dpo").get("/api/v1/releases/" + consented.releaseId()).then().statusCode(200)
                    .body("subjectId", equalTo(subject));
            assertRead(only(accessed, subject, "release-review", "release-record/" + consented.releaseId(), "dpo"),
                    subject, "dpo", "release-record/" + consented.releaseId());

            as("staff").get("/api/v1/consent-projections/" + consented.consentId()).then().statusCode(200);
            assertRead(only(accessed, subject, "consent-projection-view",
                            "consent-projection/" + consented.consentId(), "staff"),
                    subject, "staff", "consent-projection/" + consented.consentId());

            List<PersonalDataAccessed> all = events(accessed.drain(r -> true, QUIET));
            assertThat(all).as("the refused reads recorded nothing")
                    .noneMatch(e -> e.resource().contains(missing))
                    .noneMatch(e -> "partner".equals(e.actorRole()) && e.resource().equals("share-request/" + share));
        }
    }

    @Test
    @DisplayName("P6.1 share requests listed by subjectId are that person's only, each read is recorded, and a malformed id is refused")
    void shareRequestsBySubject() {
        String partner = Fixtures.randomId("reads");
        Releases.Consented one = Releases.consentedRelease(partner);
        Releases.Consented other = Releases.consentedRelease(partner);
        String share = Releases.release(one.releaseId()).then().statusCode(200).extract().path("shareRequestId");
        try (TopicReader accessed = new TopicReader("test.personal-data-accessed")) {
            assertProblem(as("staff").queryParam("subjectId", "not a subject!").get("/api/v1/share-requests"),
                    400, "validation-failed");

            List<String> subjects = as("staff").queryParam("subjectId", one.subject()).queryParam("size", 200)
                    .get("/api/v1/share-requests").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].id", equalTo(share))
                    .extract().path("items.subjectId");
            assertThat(subjects).containsExactly(one.subject());
            assertRead(only(accessed, one.subject(), "share-review", "share-request/" + share, "staff"),
                    one.subject(), "staff", "share-request/" + share);

            assertThat(events(accessed.drain(r -> other.subject().equals(r.key()), QUIET)))
                    .as("the other person was not listed, so not recorded as read")
                    .noneMatch(e -> "share-review".equals(e.purpose()));
        }
    }

    @Test
    @DisplayName("P6.1 reading the withdrawal propagation list records each person it shows")
    void propagationReads() {
        String partner = Fixtures.randomId("reads");
        String release = Releases.withdrawnRelease(partner);
        String subject = Releases.release(release).then().statusCode(200).extract().path("subjectId");
        try (TopicReader accessed = new TopicReader("test.personal-data-accessed")) {
            String notification = Releases.notificationOf(release);
            assertRead(only(accessed, subject, "withdrawal-propagation-review",
                            "recipient-notification/" + notification, "dpo"),
                    subject, "dpo", "recipient-notification/" + notification);
        }
    }

    /** Waits for the one record of a read by purpose (any resource) and checks it is the only one. */
    private PersonalDataAccessed only(TopicReader reader, String subject, String purpose) {
        Predicate<ConsumerRecord<String, byte[]>> match = r -> subject.equals(r.key())
                && purpose.equals(event(r).purpose());
        reader.await(match, 1, PATIENCE);
        List<PersonalDataAccessed> found = events(reader.drain(match, Duration.ofMillis(500)));
        assertThat(found).as("one record of the " + purpose + " read").hasSize(1);
        return found.get(0);
    }

    /** The same for one resource read by one role: other reads of the person may be under way (set-up). */
    private PersonalDataAccessed only(TopicReader reader, String subject, String purpose, String resource,
                                      String role) {
        Predicate<ConsumerRecord<String, byte[]>> match = r -> subject.equals(r.key())
                && purpose.equals(event(r).purpose()) && resource.equals(event(r).resource())
                && role.equals(event(r).actorRole());
        reader.await(match, 1, PATIENCE);
        List<PersonalDataAccessed> found = events(reader.drain(match, Duration.ofMillis(500)));
        assertThat(found).as("one record of the " + purpose + " read of " + resource).hasSize(1);
        return found.get(0);
    }

    private void assertRead(PersonalDataAccessed read, String subject, String role, String resource) {
        assertThat(read.subjectId()).isEqualTo(subject);
        assertThat(read.service()).isEqualTo("sharing-service");
        assertThat(read.actorRole()).isEqualTo(role);
        assertThat(read.actorId()).as("the reader's opaque id, the token's subject").isEqualTo(Tokens.actorId(role));
        assertThat(read.partnerId()).isNull();
        assertThat(read.resource()).isEqualTo(resource);
    }

    private PersonalDataAccessed event(ConsumerRecord<String, byte[]> record) {
        return codec.data(codec.deserialize(record.value()), PersonalDataAccessed.class);
    }

    private List<PersonalDataAccessed> events(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(this::event).toList();
    }
}
