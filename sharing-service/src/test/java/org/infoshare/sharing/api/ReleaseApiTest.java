package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** Releases through the API: minimised (P7.1, P7.2, P9.1), bound by terms (P7.3), sent by the right channel (P11.1). */
@QuarkusTest
class ReleaseApiTest {

    private static Map<String, Object> records(List<Map<String, Object>> records) {
        Map<String, Object> body = new HashMap<>(ShareRequests.aggregate("partner-c"));
        body.put("dataCategories", Fixtures.CATEGORIES);
        body.put("payload", ShareRequests.records(records));
        return body;
    }

    private static Map<String, Object> row(int age, String postcode) {
        return Map.of("experience", Map.of("theme", "discharge"),
                "service-used", Map.of("age", age, "postcode", postcode, "service", "ward-7"));
    }

    @Test
    @DisplayName("P7.2 P7.3 P11.1 an aggregate is released with small cells suppressed, its terms, and the channel its protocol agreed (stronger than INTERNAL needs)")
    void aggregateRelease() {
        Releases.provider("partner-c", null);
        Map<String, Object> body = new HashMap<>(ShareRequests.aggregate("partner-c"));
        // cells of this run only: partner-c holds earlier runs' counts, which P7.4 would rightly check these against
        String run = Fixtures.randomId("run");
        body.put("payload", Map.of("cells", List.of(ShareRequests.cell(run + "-waiting-times", 40),
                ShareRequests.cell(run + "-discharge", 3), ShareRequests.cell(run + "-staff-attitude", 9))));
        String share = ShareRequests.post(body).then().statusCode(201).body("outcome", equalTo("APPROVED"))
                .extract().path("id");
        String release = Releases.releaseOf(share, "partner-c");
        Releases.fetch("partner-c", release).then().statusCode(200)
                .body("subjectRef", nullValue())
                .body("cells.count", equalTo(java.util.Arrays.asList(40, null, null)))
                .body("cells.suppressed", equalTo(List.of(false, true, true)))
                .body("channel", equalTo("SECURE_API")).body("sensitivity", equalTo("INTERNAL"))
                .body("terms", hasItem("Do not attempt to re-identify any person from this data."))
                .body("terms", hasItem("service improvement only"));
    }

    @Test
    @DisplayName("P7.1 a record set is generalised on receipt and released only when k-anonymous")
    void recordSetsAreGeneralisedAndKAnonymous() {
        Releases.provider("partner-c", null);
        List<Map<String, Object>> five = new ArrayList<>();
        for (int age : new int[] {41, 42, 45, 47, 49}) {
            five.add(row(age, "CO1 " + age + "AB"));
        }
        String share = ShareRequests.post(records(five)).then().statusCode(201).body("outcome", equalTo("APPROVED"))
                .extract().path("id");
        Releases.fetch("partner-c", Releases.releaseOf(share, "partner-c")).then().statusCode(200)
                .body("records[0].'service-used'.ageBand", equalTo("40-49"))
                .body("records[0].'service-used'.postcodeDistrict", equalTo("CO1"))
                .body("records[0].'service-used'.age", nullValue())
                .body("records[0].'service-used'.postcode", nullValue());

        List<Map<String, Object>> withOutlier = new ArrayList<>(five);
        withOutlier.add(row(93, "CO4 1ZZ"));
        ShareRequests.post(records(withOutlier)).then().statusCode(201).body("outcome", equalTo("REFUSED"))
                .body("reasons", equalTo(List.of("P7.1")));
    }

    @Test
    @DisplayName("P7.1 a payload with a direct identifier is refused as input and nothing is stored")
    void directIdentifiersAreRefused() {
        Releases.provider("partner-c", null);
        long before = Fixtures.as("staff").get("/api/v1/share-requests").then().extract().<Integer>path("total");
        Map<String, Object> body = records(List.of(Map.of("experience", Map.of("theme", "x", "fullName", "A Person"))));
        assertProblem(ShareRequests.post(body), 400, "validation-failed");
        Map<String, Object> byValue = records(List.of(Map.of("experience", Map.of("note", "someone@example.org"))));
        assertProblem(ShareRequests.post(byValue), 400, "validation-failed");
        Map<String, Object> nested = records(List.of(Map.of("experience", Map.of("theme", Map.of("deep", 1)))));
        assertProblem(ShareRequests.post(nested), 400, "validation-failed");
        Map<String, Object> neither = new HashMap<>(ShareRequests.aggregate("partner-c"));
        neither.put("payload", Map.of());
        assertProblem(ShareRequests.post(neither), 400, "validation-failed");
        long after = Fixtures.as("staff").get("/api/v1/share-requests").then().extract().<Integer>path("total");
        assertThat(after).isEqualTo(before);
    }

    @Test
    @DisplayName("P9.1 a release holds only the share's categories; the rest are named as withheld")
    void onlyTheSharesCategories() {
        Releases.provider("partner-c", null);
        Map<String, Object> body = new HashMap<>(ShareRequests.aggregate("partner-c"));
        body.put("payload", Map.of("cells", List.of(ShareRequests.cell("a", 10), ShareRequests.cell("b", 12),
                Map.of("category", "service-used", "dimensions", Map.of("ward", "7"), "count", 30))));
        String share = ShareRequests.post(body).then().statusCode(201).body("outcome", equalTo("APPROVED"))
                .extract().path("id");
        Releases.fetch("partner-c", Releases.releaseOf(share, "partner-c")).then().statusCode(200)
                .body("cells.category", equalTo(List.of("experience", "experience")))
                .body("withheldCategories", equalTo(List.of("service-used")));
    }
}
