package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

/**
 * P7.4 (issue 11, cumulative disclosure under P7.2) against the real stack: a second aggregate to
 * the same recipient does not show a count it could subtract from its first to find a few people;
 * the same aggregate to another recipient, which holds nothing to subtract from, shows it.
 */
@QuarkusTest
class CumulativeDisclosureApiTest {

    /** An approved aggregate of these experience themes and counts to the partner; answers its release id. */
    private static String released(String partnerId, Map<String, Long> counts) {
        Map<String, Object> body = new HashMap<>(ShareRequests.aggregate(partnerId));
        body.put("payload", Map.of("cells", counts.entrySet().stream()
                .map(cell -> ShareRequests.cell(cell.getKey(), cell.getValue())).toList()));
        String share = ShareRequests.post(body).then().statusCode(201).body("outcome", equalTo("APPROVED"))
                .extract().path("id");
        return Releases.releaseOf(share, partnerId);
    }

    private static Map<String, Long> cells(String run, long waiting, long discharge, long attitude, Long food) {
        Map<String, Long> cells = new java.util.LinkedHashMap<>();
        cells.put(run + "-waiting-times", waiting);
        cells.put(run + "-discharge", discharge);
        cells.put(run + "-staff-attitude", attitude);
        if (food != null) {
            cells.put(run + "-food", food);
        }
        return cells;
    }

    @Test
    @DisplayName("P7.4 P7.2 a second aggregate to the same recipient hides a count that moved by fewer than the threshold; another recipient sees it")
    void secondReleaseCannotBeDifferenced() {
        Releases.provider("partner-c", null);
        Releases.provider("partner-d", null);
        // cells of this run only, so earlier runs' releases to these partners are not what is checked against
        String run = Fixtures.randomId("run");

        String first = released("partner-c", cells(run, 12, 30, 40, null));
        Releases.fetch("partner-c", first).then().statusCode(200)
                .body("cells.count", equalTo(List.of(12, 30, 40)));

        // two people joined the waiting-times group: 14 - 12 would tell partner-c so
        String second = released("partner-c", cells(run, 14, 30, 40, 25L));
        Releases.fetch("partner-c", second).then().statusCode(200)
                .body("cells.count", equalTo(Arrays.asList(null, 30, 40, null)))
                .body("cells.suppressed", equalTo(List.of(true, false, false, true)))
                .body("cells.count", not(hasItem(14)));

        String elsewhere = released("partner-d", cells(run, 14, 30, 40, 25L));
        Releases.fetch("partner-d", elsewhere).then().statusCode(200)
                .body("cells.count", equalTo(List.of(14, 30, 40, 25)))
                .body("cells.suppressed", equalTo(List.of(false, false, false, false)));

        // a change of the threshold or more is a group, not a few people: shown
        String third = released("partner-c", cells(run, 19, 30, 40, 25L));
        Releases.fetch("partner-c", third).then().statusCode(200)
                .body("cells.count", equalTo(List.of(19, 30, 40, 25)));
    }
}
