package org.infoshare.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.e2e.Journeys.PATIENCE;
import static org.infoshare.e2e.Journeys.approvedRelease;
import static org.infoshare.e2e.Journeys.breach;
import static org.infoshare.e2e.Journeys.giveConsent;
import static org.infoshare.e2e.Journeys.passedOnward;
import static org.infoshare.e2e.Journeys.pharmacy;
import static org.infoshare.e2e.Journeys.registerSubject;
import static org.infoshare.e2e.Journeys.release;
import static org.infoshare.e2e.Journeys.serviceProvider;
import static org.infoshare.e2e.Journeys.sharing;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P14.1 with P10.1, across the packaged services (issue 6: tracing checked end to end against
 * releases made through sharing-service). Releases and onward children are made through
 * sharing-service's API; breach-service learns of them only from share-released on Kafka; what
 * its tracing reports (people, direct and onward partners, records) is checked against what
 * sharing-service says it released. Other tests share the partners, so the expected numbers of a
 * partner's window are read from sharing-service, never assumed.
 */
@ExtendWith(Platform.class)
class BreachTracingIT {

    @Test
    @DisplayName("P14.1 P10.1 breach-service traces releases made through sharing-service: a named release reaches its person, "
            + "its partner and its child's onward recipient; a partner's own window reaches every release to it then, "
            + "and the numbers match what was released")
    void tracingMatchesWhatWasReleased() {
        serviceProvider("partner-a", null);
        serviceProvider("partner-c", null);
        serviceProvider("partner-d", null);
        pharmacy("partner-b", null);
        Instant windowFrom = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);

        // one person shared with partner-a (passed on to partner-b) and partner-c
        String first = registerSubject();
        // each consent names the onward recipient too (P10.1)
        String firstConsent = giveConsent(first, List.of("partner-a", "partner-b", "partner-c"));
        String marker = Journeys.marker();
        String firstAtA = approvedRelease("partner-a", first, firstConsent, marker);
        String firstAtC = approvedRelease("partner-c", first, firstConsent, marker);
        String firstAtB = passedOnward("partner-a", firstAtA, "partner-b");
        // another shared with partner-c only, which passes it on to partner-d
        String second = registerSubject();
        String secondConsent = giveConsent(second, List.of("partner-c", "partner-d"));
        String secondAtC = approvedRelease("partner-c", second, secondConsent, marker);
        String secondAtD = passedOnward("partner-c", secondAtC, "partner-d");
        Instant windowTo = Instant.now();

        // what sharing-service released, as staff see it
        release(firstAtA).then().body("subjectId", equalTo(first)).body("partnerId", equalTo("partner-a"));
        release(firstAtB).then().body("parentReleaseId", equalTo(firstAtA)).body("partnerId", equalTo("partner-b"));
        release(secondAtD).then().body("parentReleaseId", equalTo(secondAtC)).body("partnerId", equalTo("partner-d"));

        // staff report a breach naming partner-a's release
        String named = breach("staff").body(report("The trust's export of discharge themes was e-mailed to the wrong team",
                        Map.of("releaseIds", List.of(firstAtA))))
                .post("/api/v1/breaches").then().statusCode(201)
                .body("releaseIds", equalTo(List.of(firstAtA))).body("reporterKind", equalTo("STAFF"))
                .extract().path("id");
        Map<String, Object> namedRelease = release(firstAtA).then().statusCode(200).extract().jsonPath().getMap("$");
        Expected fromNamed = Expected.of(List.of(namedRelease), releasesSince(windowFrom));
        assertThat(fromNamed.releases).containsExactlyInAnyOrder(firstAtA, firstAtB);
        assertThat(fromNamed.subjects).containsExactly(first);
        assertThat(fromNamed.direct).containsExactly("partner-a");
        assertThat(fromNamed.onward).containsExactly("partner-b");
        awaitTracing(named, fromNamed);

        // partner-c reports a breach on everything released to it in a window (its own releases only)
        String windowed = breach("partner-c").body(report("A laptop holding the pharmacy-bound extracts was stolen",
                        Map.of("window", Map.of("partnerId", "partner-c", "from", windowFrom.toString(),
                                "to", windowTo.toString()))))
                .post("/api/v1/breaches").then().statusCode(201)
                .body("reporterKind", equalTo("PARTNER")).body("reporterPartnerId", equalTo("partner-c"))
                .body("window.partnerId", equalTo("partner-c"))
                .extract().path("id");
        List<Map<String, Object>> released = releasesSince(windowFrom);
        List<Map<String, Object>> toCInWindow = released.stream().filter(r -> "partner-c".equals(r.get("partnerId"))
                && within(Instant.parse((String) r.get("releasedAt")), windowFrom, windowTo)).toList();
        Expected fromWindow = Expected.of(toCInWindow, released);
        assertThat(fromWindow.releases).contains(firstAtC, secondAtC, secondAtD);
        assertThat(fromWindow.subjects).contains(first, second);
        assertThat(fromWindow.direct).containsExactly("partner-c");
        assertThat(fromWindow.onward).contains("partner-d");
        awaitTracing(windowed, fromWindow);

        // a partner sees its report but never the tracing; another partner does not see it at all
        breach("partner-c").get("/api/v1/breaches/" + windowed).then().statusCode(200);
        assertProblem(breach("partner-c").get("/api/v1/breaches/" + windowed + "/affected"), 403);
        assertProblem(breach("partner-a").get("/api/v1/breaches/" + windowed), 404);
        assertProblem(breach("partner-a").body(report("Someone else's releases",
                        Map.of("window", Map.of("partnerId", "partner-c", "from", windowFrom.toString(),
                                "to", windowTo.toString()))))
                .post("/api/v1/breaches"), 422);
        // nor may it name another partner's releases: partner-c's people stay out of partner-a's report (P14.1)
        assertProblem(breach("partner-a").body(report("Someone else's release",
                        Map.of("releaseIds", List.of(secondAtC))))
                .post("/api/v1/breaches"), 422);

        // once the DPO has assessed it, the ICO report it would send carries the traced numbers and recipients
        breach("dpo").body(Map.of("likelihood", "LIKELY", "severity", "SIGNIFICANT",
                        "factors", List.of("health experience data", "one person, two recipients"),
                        "consequences", "Distress; the person may be contacted by a team they did not choose",
                        "reasons", "Pseudonymised, but the wrong team could link it to the ward"))
                .post("/api/v1/breaches/" + named + "/assessments").then().statusCode(201);
        JsonPath draft = breach("dpo").get("/api/v1/breaches/" + named + "/ico-reports/draft").then().statusCode(200)
                .extract().jsonPath();
        assertThat(draft.getInt("content.approximateSubjects")).isEqualTo(1);
        assertThat(draft.getInt("content.approximateRecords")).isEqualTo(2);
        assertThat(draft.getList("content.recipientsInvolved", String.class))
                .containsExactlyInAnyOrder("partner-a", "partner-b");
    }

    /** Waits until breach-service's tracing of the breach shows exactly what sharing-service released. */
    private static void awaitTracing(String breachId, Expected expected) {
        await("tracing of breach " + breachId).atMost(PATIENCE).untilAsserted(() -> {
            JsonPath affected = breach("staff").get("/api/v1/breaches/" + breachId + "/affected").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(affected.getList("subjectIds", String.class)).as("people")
                    .containsExactlyInAnyOrderElementsOf(expected.subjects);
            assertThat(affected.getInt("approximateSubjects")).as("number of people").isEqualTo(expected.subjects.size());
            assertThat(affected.getInt("approximateRecords")).as("records (releases)").isEqualTo(expected.releases.size());
            assertThat(affected.getList("recipients", String.class)).as("direct recipients")
                    .containsExactlyInAnyOrderElementsOf(expected.direct);
            assertThat(affected.getList("onwardRecipients", String.class)).as("onward recipients")
                    .containsExactlyInAnyOrderElementsOf(expected.onward);
            assertThat(affected.getList("dataCategories", String.class)).as("data categories")
                    .containsAll(expected.categories);
        });
    }

    private static Map<String, Object> report(String summary, Map<String, Object> scope) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>(scope);
        body.put("summary", summary);
        body.put("discoveredHow", "The recipient called the office");
        body.put("occurredAt", now.minusSeconds(600).toString());
        body.put("awareAt", now.minusSeconds(300).toString());
        body.put("cyberIncident", false);
        body.put("dataCategories", List.of("experience"));
        return body;
    }

    /** Every release made since the instant (newest first, paged), as staff see them. */
    private static List<Map<String, Object>> releasesSince(Instant since) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = sharing("staff").queryParam("size", 200).queryParam("page", page)
                    .get("/api/v1/releases").then().statusCode(200).extract().path("items");
            for (Map<String, Object> item : items) {
                if (Instant.parse((String) item.get("releasedAt")).isBefore(since)) {
                    return all;
                }
                all.add(item);
            }
            if (items.size() < 200) {
                return all;
            }
        }
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && !at.isAfter(to);
    }

    /**
     * What tracing should find, worked out from sharing-service's releases: the starting releases,
     * then every onward release below them; people, direct partners (of the starting releases),
     * onward partners (of those below), categories.
     */
    private record Expected(Set<String> releases, Set<String> subjects, Set<String> direct, Set<String> onward,
                            Set<String> categories) {

        @SuppressWarnings("unchecked")
        static Expected of(List<Map<String, Object>> start, List<Map<String, Object>> candidates) {
            Set<String> releases = new HashSet<>();
            Set<String> subjects = new TreeSet<>();
            Set<String> direct = new TreeSet<>();
            Set<String> onward = new TreeSet<>();
            Set<String> categories = new TreeSet<>();
            List<Map<String, Object>> level = start;
            boolean first = true;
            while (!level.isEmpty()) {
                List<Map<String, Object>> next = new ArrayList<>();
                Set<String> reachedNow = new HashSet<>();
                for (Map<String, Object> r : level) {
                    String id = (String) r.get("id");
                    if (!releases.add(id)) {
                        continue;
                    }
                    reachedNow.add(id);
                    if (r.get("subjectId") != null) {
                        subjects.add((String) r.get("subjectId"));
                    }
                    (first ? direct : onward).add((String) r.get("partnerId"));
                    categories.addAll((List<String>) r.get("dataCategories"));
                }
                candidates.stream().filter(c -> reachedNow.contains(c.get("parentReleaseId"))).forEach(next::add);
                level = next;
                first = false;
            }
            return new Expected(releases, subjects, direct, onward, categories);
        }
    }
}
