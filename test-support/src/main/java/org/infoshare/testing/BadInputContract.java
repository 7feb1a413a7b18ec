package org.infoshare.testing;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import org.infoshare.events.EventType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * Bad input always gets a clear 4xx problem and changes nothing: for one POST endpoint of a
 * service, malformed JSON, a wrong type, an unknown field, a missing field, an oversized body and
 * a body that is not JSON are each refused, and neither the service's tables nor its outbox grow.
 * A service's test extends it, is annotated {@code @QuarkusTest}, and adds its own cases.
 */
public abstract class BadInputContract {

    /**
     * The outbox rows a request may have written: not the types only a scheduled job or a consumer
     * writes, which may land at any moment, so a refusal is not blamed for them: breach-service's ICO
     * clock escalations (X1), and the subject access parts (P12.2) a service prepares when it reads a
     * verification, possibly one an earlier run left on the test topic.
     */
    public static final String REQUEST_EVENTS_ONLY = "event_type NOT IN ('"
            + EventType.BREACH_ESCALATED.cloudEventType() + "', '"
            + EventType.SUBJECT_ACCESS_PART_PREPARED.cloudEventType() + "')";

    /** The POST endpoint under test. */
    protected abstract String endpoint();

    /** A body the endpoint accepts. */
    protected abstract Map<String, Object> validBody();

    /** A demo user allowed to POST there. */
    protected abstract String user();

    /** The tables the endpoint writes to (the outbox is always checked too). */
    protected abstract List<String> tables();

    /** A required field of {@link #validBody()}. */
    protected abstract String requiredField();

    /** A field of {@link #validBody()} that only accepts one JSON type or format. */
    protected abstract String typedField();

    /**
     * Whatever the endpoint needs (a release, a notification) is made before any test counts
     * rows, so its own events and rows never count as stored by a refused request.
     */
    @BeforeEach
    void prepareEndpoint() {
        endpoint();
    }

    /** What the endpoint answers a valid body: 201 when it creates, 200 when it records on something existing. */
    protected int acceptedStatus() {
        return 201;
    }

    @Test
    @DisplayName("malformed JSON is refused with 400 and stores nothing")
    void malformedJsonIsRefused() {
        assertRefusedAndNothingStored(() -> post("{\"" + requiredField() + "\": "), 400, "malformed-json");
    }

    @Test
    @DisplayName("a field of the wrong type is refused with 400 naming the field, and stores nothing")
    void wrongTypeIsRefused() {
        Map<String, Object> body = validBody();
        body.put(typedField(), List.of(Map.of("not", "this")));
        Response response = assertRefusedAndNothingStored(() -> post(body), 400, "invalid-field-type");
        assertThat(response.jsonPath().getString("errors[0].field")).isEqualTo(typedField());
    }

    @Test
    @DisplayName("an unknown field is refused with 400 naming it, and stores nothing")
    void unknownFieldIsRefused() {
        Map<String, Object> body = validBody();
        body.put("patientName", "should never be accepted");
        Response response = assertRefusedAndNothingStored(() -> post(body), 400, "unknown-field");
        assertThat(response.jsonPath().getString("errors[0].field")).isEqualTo("patientName");
        assertThat(response.body().asString()).doesNotContain("should never be accepted");
    }

    @Test
    @DisplayName("a missing required field is refused with 400 naming it, and stores nothing")
    void missingFieldIsRefused() {
        Map<String, Object> body = validBody();
        body.remove(requiredField());
        Response response = assertRefusedAndNothingStored(() -> post(body), 400, "validation-failed");
        assertThat(response.jsonPath().getList("errors.field")).contains(requiredField());
    }

    @Test
    @DisplayName("an oversized body is refused with 413 and stores nothing")
    void oversizedBodyIsRefused() {
        Map<String, Object> body = validBody();
        body.put(requiredField(), "x".repeat(70_000));
        assertRefusedAndNothingStored(() -> post(body), 413, "payload-too-large");
    }

    @Test
    @DisplayName("a body that is not JSON is refused with 415 and stores nothing")
    void nonJsonBodyIsRefused() {
        assertRefusedAndNothingStored(() -> given().auth().oauth2(Tokens.user(user())).contentType(ContentType.TEXT)
                .body("x=y").post(endpoint()), 415, "unsupported-media-type");
    }

    @Test
    @DisplayName("an empty body is refused with 400 and stores nothing")
    void emptyBodyIsRefused() {
        assertRefusedAndNothingStored(() -> given().auth().oauth2(Tokens.user(user())).contentType(ContentType.JSON)
                .post(endpoint()), 400, null);
    }

    @Test
    @DisplayName("the valid body used by these tests is accepted, so each refusal is about its one defect")
    void validBodyIsAccepted() {
        post(validBody()).then().statusCode(acceptedStatus());
    }

    /** Calls, checks the problem, and checks that no table the endpoint writes to changed. */
    protected Response assertRefusedAndNothingStored(Supplier<Response> call, int status, String type) {
        Map<String, Long> before = counts();
        Response response = call.get();
        if (type == null) {
            assertProblem(response, status);
        } else {
            assertProblem(response, status, type);
        }
        assertThat(counts()).as("row counts after a refused request").isEqualTo(before);
        return response;
    }

    protected Response post(Object body) {
        return given().auth().oauth2(Tokens.user(user())).contentType(ContentType.JSON).body(body).post(endpoint());
    }

    private Map<String, Long> counts() {
        Pool pool = Arc.container().instance(Pool.class).get();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables()) {
            counts.put(table, count(pool, "SELECT count(*) FROM " + table));
        }
        counts.put("outbox_event", count(pool, "SELECT count(*) FROM outbox_event WHERE " + REQUEST_EVENTS_ONLY));
        return counts;
    }

    private static long count(Pool pool, String sql) {
        return pool.query(sql).execute().map(rows -> rows.iterator().next().getLong(0)).await().indefinitely();
    }
}
