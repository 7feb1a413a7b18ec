package org.infoshare.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.infoshare.events.EventType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * X1: every state change is an event, so audit-service's trail (which only sees Kafka) holds the
 * platform's whole history. A service's {@code @QuarkusTest} extends this with two tables:
 * <ul>
 * <li>{@link #eventPerEndpoint()}: each state-changing endpoint ({@code "POST /api/v1/partners"})
 * and the event type it must commit;</li>
 * <li>{@link #exemptions()}: the few POST/PUT/PATCH/DELETE endpoints that change no recorded state
 * (reads through a POST body, replays of events already on Kafka), each with its reason.</li>
 * </ul>
 * The endpoints are discovered from the service's own OpenAPI document, so a new endpoint that is
 * in neither table fails {@link #everyMutatingEndpointIsAccountedFor()}; and
 * {@link #eachEndpointCommitsItsEvent()} calls every endpoint of the first table once (through
 * {@link #change(String)}) and fails unless the named event reaches its topic, the outbox relay
 * having carried it from the change's transaction.
 */
public abstract class EventPerChangeContract {

    private static final Set<String> MUTATING = Set.of("post", "put", "patch", "delete");
    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    private final ObjectMapper json = new ObjectMapper();

    /** @return each state-changing endpoint ({@code "METHOD /path/{param}"}, as OpenAPI names it) and its event type name */
    protected abstract Map<String, String> eventPerEndpoint();

    /** @return each POST/PUT/PATCH/DELETE endpoint that commits no event of its own, and why */
    protected abstract Map<String, String> exemptions();

    /**
     * Calls the endpoint once with a fresh, valid request (creating what it needs first), so that it
     * changes state.
     *
     * @return what the committed event must carry (the id it names; for a second change of the same
     *         thing, also the new state as its JSON, e.g. {@code "status":"AGREED"}), to tell it from other events
     */
    protected abstract List<String> change(String endpoint);

    /** @return the prefix of the service's topics in tests */
    protected String topicPrefix() {
        return "test.";
    }

    @Test
    @DisplayName("X1 every POST, PUT, PATCH and DELETE endpoint of the OpenAPI document names the event it commits, or why it commits none")
    void everyMutatingEndpointIsAccountedFor() {
        Set<String> discovered = mutatingEndpoints();
        assertThat(discovered).as("the OpenAPI document lists the service's state-changing endpoints").isNotEmpty();
        Set<String> named = new TreeSet<>(eventPerEndpoint().keySet());
        Set<String> exempt = new TreeSet<>(exemptions().keySet());

        Set<String> unaccounted = new TreeSet<>(discovered);
        unaccounted.removeAll(named);
        unaccounted.removeAll(exempt);
        assertThat(unaccounted).as("endpoints that change state but name no event: add the event (Outbox.append in "
                + "the change's transaction) and a row in eventPerEndpoint(), or a justified exemption").isEmpty();

        Set<String> stale = new TreeSet<>(named);
        stale.addAll(exempt);
        stale.removeAll(discovered);
        assertThat(stale).as("table rows for endpoints the service no longer has").isEmpty();

        Set<String> both = new TreeSet<>(named);
        both.retainAll(exempt);
        assertThat(both).as("endpoints both named and exempt").isEmpty();
        exemptions().forEach((endpoint, reason) -> assertThat(reason).as("the reason " + endpoint + " is exempt")
                .isNotBlank());
        eventPerEndpoint().forEach((endpoint, type) -> assertThat(EventType.fromTypeName(type))
                .as(endpoint + " names a registered event type").isNotNull());
    }

    @Test
    @DisplayName("X1 each state-changing endpoint commits its named event through the outbox")
    void eachEndpointCommitsItsEvent() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> row : new java.util.TreeMap<>(eventPerEndpoint()).entrySet()) {
            EventType type = EventType.fromTypeName(row.getValue());
            try (TopicReader reader = new TopicReader(topicPrefix() + type.topic())) {
                List<String> markers = change(row.getKey());
                assertThat(markers).as(row.getKey() + " names what its event carries").isNotEmpty();
                List<ConsumerRecord<String, byte[]>> found = reader.await(r -> is(r, type, markers), 1, ARRIVAL);
                if (found.isEmpty()) {
                    missing.add(row.getKey() + " committed no " + type.typeName() + " carrying " + markers);
                }
            }
        }
        assertThat(missing).as("endpoints whose event never reached Kafka").isEmpty();
    }

    /** The service's POST/PUT/PATCH/DELETE endpoints as {@code "METHOD /path"}, from its OpenAPI document. */
    protected Set<String> mutatingEndpoints() {
        String document = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        Set<String> endpoints = new TreeSet<>();
        try {
            JsonNode paths = json.readTree(document).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (MUTATING.contains(method)) {
                        endpoints.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                    }
                });
            }
        } catch (IOException e) {
            throw new IllegalStateException("the OpenAPI document is not JSON", e);
        }
        return endpoints;
    }

    private boolean is(ConsumerRecord<String, byte[]> record, EventType type, List<String> markers) {
        try {
            JsonNode event = json.readTree(record.value());
            String value = new String(record.value(), StandardCharsets.UTF_8);
            return type.cloudEventType().equals(event.path("type").asText()) && markers.stream().allMatch(value::contains);
        } catch (IOException unreadable) {
            return false;
        }
    }
}
