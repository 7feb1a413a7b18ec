package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** P2.2/P9.1 through the API: each shared record names its source, medium and date last verified. */
@QuarkusTest
class RecordAccuracyApiTest {

    /** A k-anonymous (P7.1) non-personal record set of five, each verified this many days ago. */
    private static Map<String, Object> recordSet(long verifiedDaysAgo) {
        List<Map<String, Object>> records = new ArrayList<>();
        List<Map<String, Object>> sources = new ArrayList<>();
        for (int age : new int[] {41, 42, 45, 47, 49}) {
            records.add(Map.of("experience", Map.of("theme", "discharge"),
                    "service-used", Map.of("ageBand", "40-49", "service", "ward-7")));
            sources.add(Map.of("source", "ward-7 survey", "medium", "PAPER",
                    "lastVerifiedOn", LocalDate.now(ZoneOffset.UTC).minusDays(verifiedDaysAgo).toString()));
        }
        Map<String, Object> body = new HashMap<>(ShareRequests.aggregate("partner-c"));
        body.put("dataCategories", Fixtures.CATEGORIES);
        body.put("payload", Map.of("records", records, "sources", sources));
        return body;
    }

    private static List<String> releasedShares() {
        return Fixtures.as("staff").queryParam("partnerId", "partner-c").queryParam("size", 200)
                .get("/api/v1/releases").then().statusCode(200).extract().path("items.shareRequestId");
    }

    @Test
    @DisplayName("P2.2 P9.1 a freshly verified record is released with its source, medium and lastVerifiedOn in the partner's package")
    void freshRecordReleasedWithItsSource() {
        Releases.provider("partner-c", null);
        String verified = LocalDate.now(ZoneOffset.UTC).minusDays(10).toString();
        String share = ShareRequests.post(recordSet(10)).then().statusCode(201).body("outcome", equalTo("APPROVED"))
                .extract().path("id");
        Releases.fetch("partner-c", Releases.releaseOf(share, "partner-c")).then().statusCode(200)
                .body("records", hasSize(5)).body("sources", hasSize(5))
                .body("sources[0].source", equalTo("ward-7 survey"))
                .body("sources[0].medium", equalTo("PAPER"))
                .body("sources[0].lastVerifiedOn", equalTo(verified));
    }

    @Test
    @DisplayName("P9.1 a record last verified over a year ago is flagged: the share awaits the DPO with the reason, and nothing is released")
    void staleRecordFlaggedBeforeRelease() {
        Releases.provider("partner-c", null);
        String share = ShareRequests.post(recordSet(400)).then().statusCode(201)
                .body("outcome", equalTo("AWAITING_DPO")).body("reasons", equalTo(List.of("P9.1")))
                .body("findings", hasItem(containsString("last verified before")))
                .extract().path("id");
        org.hamcrest.MatcherAssert.assertThat(releasedShares(), not(hasItem(share)));
    }
}
