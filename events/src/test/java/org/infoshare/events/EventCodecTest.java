package org.infoshare.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.infoshare.events.consent.ConsentExpired;
import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.events.sharing.ShareDecided;
import org.infoshare.events.vocabulary.ShareOutcome;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventCodecTest {

    private static final URI SOURCE = URI.create("urn:infoshare:service:test");
    private static final UUID ID = UUID.fromString("6f1c2b9e-0d4a-4c41-9b0e-2f5d7a3c8e11");
    private static final Instant TIME = Instant.parse("2026-05-06T07:08:09.123Z");

    private final EventCodec codec = new EventCodec();
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("record -> CloudEvent -> bytes -> CloudEvent -> record gives the same record, with or without nulls")
    void roundTrip(EventType type) {
        for (DomainEvent original : List.of(Samples.full(type), Samples.withNulls(type))) {
            CloudEvent received = codec.deserialize(codec.serialize(codec.toCloudEvent(original, ID, SOURCE, TIME)));

            assertEquals(SpecVersion.V1, received.getSpecVersion());
            assertEquals(ID.toString(), received.getId());
            assertEquals(type.cloudEventType(), received.getType());
            assertEquals(SOURCE, received.getSource());
            assertEquals(original.partitionKey(), received.getSubject());
            assertEquals(TIME, received.getTime().toInstant());
            assertEquals(type.dataSchema(), received.getDataSchema());
            assertEquals("application/json", received.getDataContentType());

            assertEquals(original, codec.data(received, type.recordClass()));
            assertEquals(original, codec.data(received));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("structured JSON carries every envelope attribute and the data as a schema-valid JSON object")
    void structuredJsonEnvelope(EventType type) throws IOException {
        DomainEvent event = Samples.full(type);
        JsonNode envelope = json.readTree(codec.serialize(codec.toCloudEvent(event, ID, SOURCE, TIME)));

        assertEquals("1.0", envelope.path("specversion").asText());
        assertEquals(ID.toString(), envelope.path("id").asText());
        assertEquals(type.cloudEventType(), envelope.path("type").asText());
        assertEquals(SOURCE.toString(), envelope.path("source").asText());
        assertEquals(event.partitionKey(), envelope.path("subject").asText());
        assertEquals(TIME, OffsetDateTime.parse(envelope.path("time").asText()).toInstant());
        assertEquals(type.dataSchema().toString(), envelope.path("dataschema").asText());
        assertEquals("application/json", envelope.path("datacontenttype").asText());

        assertTrue(envelope.path("data").isObject(), "data is embedded as a JSON object");
        assertFalse(envelope.has("data_base64"), "data is not base64");
        assertEquals(List.of(), Schemas.validate(type, envelope.get("data").toString()));
    }

    @Test
    @DisplayName("a reader ignores data fields it does not know yet (fields may be added)")
    void unknownDataFieldsIgnored() throws IOException {
        DomainEvent event = Samples.full(EventType.CONSENT_GIVEN);
        ObjectNode envelope = (ObjectNode) json.readTree(codec.serialize(codec.toCloudEvent(event, ID, SOURCE, TIME)));
        ((ObjectNode) envelope.get("data")).put("fieldAddedLater", "value");

        CloudEvent received = codec.deserialize(json.writeValueAsBytes(envelope));

        assertEquals(event, codec.data(received, ConsentGiven.class));
    }

    @Test
    @DisplayName("an event written before an @Added field existed reads with that field null")
    void addedFieldAbsentReadsAsNull() throws IOException {
        ConsentGiven event = (ConsentGiven) Samples.full(EventType.CONSENT_GIVEN);
        ObjectNode envelope = (ObjectNode) json.readTree(codec.serialize(codec.toCloudEvent(event, ID, SOURCE, TIME)));
        ((ObjectNode) envelope.get("data")).remove("contractId");

        ConsentGiven read = codec.data(codec.deserialize(json.writeValueAsBytes(envelope)), ConsentGiven.class);

        assertEquals(null, read.contractId());
        assertEquals(event.consentId(), read.consentId());
    }

    @Test
    @DisplayName("an application mapper that omits nulls and fails on unknown properties does not change the contract")
    void applicationMapperCannotBreakContract() throws IOException {
        ObjectMapper application = new ObjectMapper()
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        EventCodec appCodec = new EventCodec(application);
        DomainEvent event = Samples.withNulls(EventType.SHARE_DECIDED);

        JsonNode data = json.readTree(appCodec.serialize(appCodec.toCloudEvent(event, ID, SOURCE, TIME))).get("data");
        assertTrue(data.has("subjectId") && data.get("subjectId").isNull(), "null fields are still written");
        assertTrue(application.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
                "the application's mapper is left as it was");

        ((ObjectNode) data).put("fieldAddedLater", 1);
        CloudEvent withExtra = CloudEventBuilder.v1(appCodec.toCloudEvent(event, ID, SOURCE, TIME))
                .withData("application/json", json.writeValueAsBytes(data)).build();
        assertEquals(event, appCodec.data(withExtra));
    }

    @Test
    @DisplayName("the subject and Kafka key of a sharing event without a subject is its partner")
    void partnerKeyWhenNoSubject() {
        ShareDecided aggregate = new ShareDecided(UUID.randomUUID(), null, "partner-7", null, ShareOutcome.APPROVED,
                List.of("P7.2"), "policy-engine", TIME);
        assertEquals("partner-7", codec.toCloudEvent(aggregate, ID, SOURCE, TIME).getSubject());
    }

    @Test
    @DisplayName("an unknown event type is rejected with a clear reason")
    void unknownTypeRejected() {
        CloudEvent event = CloudEventBuilder.v1(codec.toCloudEvent(Samples.full(EventType.CONSENT_EXPIRED), ID, SOURCE, TIME))
                .withType("org.infoshare.consent-vanished.v1").build();

        InvalidEventException e = assertThrows(InvalidEventException.class, () -> codec.data(event));
        assertTrue(e.getMessage().contains("unknown type 'org.infoshare.consent-vanished.v1'"), e.getMessage());
    }

    @Test
    @DisplayName("reading an event as the wrong record class is rejected")
    void wrongClassRejected() {
        CloudEvent event = codec.toCloudEvent(Samples.full(EventType.CONSENT_EXPIRED), ID, SOURCE, TIME);

        InvalidEventException e = assertThrows(InvalidEventException.class, () -> codec.data(event, ConsentGiven.class));
        assertTrue(e.getMessage().contains("expected org.infoshare.consent-given.v1"), e.getMessage());
    }

    @Test
    @DisplayName("data of the wrong format is rejected naming the field, without echoing the payload")
    void badDataRejectedWithoutEcho() {
        String secret = "Jane Example 07700 900123";
        CloudEvent event = eventWithData(EventType.CONSENT_EXPIRED,
                "{\"consentId\":\"" + secret + "\",\"subjectId\":\"s-1\",\"consentVersion\":1,"
                        + "\"expiredAt\":\"2026-01-01T00:00:00Z\"}");

        InvalidEventException e = assertThrows(InvalidEventException.class, () -> codec.data(event, ConsentExpired.class));
        assertTrue(e.getMessage().contains("consentId"), e.getMessage());
        assertFalse(e.getMessage().contains("Jane") || e.getMessage().contains("07700"), e.getMessage());
        assertEquals(null, e.getCause(), "no parser exception (which quotes input) is attached");
    }

    @Test
    @DisplayName("data missing a required field is rejected naming the field")
    void missingFieldRejected() {
        CloudEvent event = eventWithData(EventType.CONSENT_EXPIRED,
                "{\"consentId\":\"" + UUID.randomUUID() + "\",\"consentVersion\":1,\"expiredAt\":\"2026-01-01T00:00:00Z\"}");

        InvalidEventException e = assertThrows(InvalidEventException.class, () -> codec.data(event));
        assertTrue(e.getMessage().contains("required field 'subjectId'"), e.getMessage());
    }

    @Test
    @DisplayName("data outside the vocabulary is rejected")
    void unknownEnumValueRejected() throws IOException {
        ObjectNode data = new EventCodec().objectMapper().valueToTree(Samples.full(EventType.SHARE_DECIDED));
        data.put("outcome", "MAYBE");
        CloudEvent event = eventWithData(EventType.SHARE_DECIDED, data.toString());

        InvalidEventException e = assertThrows(InvalidEventException.class, () -> codec.data(event));
        assertTrue(e.getMessage().contains("'outcome'"), e.getMessage());
    }

    @Test
    @DisplayName("data that is not well-formed JSON is rejected without echoing it")
    void malformedDataRejected() {
        CloudEvent event = eventWithData(EventType.CONSENT_EXPIRED, "{\"consentId\": Jane Example");

        InvalidEventException e = assertThrows(InvalidEventException.class, () -> codec.data(event));
        assertTrue(e.getMessage().contains("not well-formed JSON"), e.getMessage());
        assertFalse(e.getMessage().contains("Jane"), e.getMessage());
    }

    @Test
    @DisplayName("an event without data is rejected")
    void missingDataRejected() {
        CloudEvent event = CloudEventBuilder.v1(codec.toCloudEvent(Samples.full(EventType.CONSENT_EXPIRED), ID, SOURCE, TIME))
                .withoutData().build();

        InvalidEventException e = assertThrows(InvalidEventException.class, () -> codec.data(event));
        assertTrue(e.getMessage().contains("carries no data"), e.getMessage());
    }

    @Test
    @DisplayName("a dataschema that contradicts the type is rejected")
    void contradictoryDataSchemaRejected() {
        CloudEvent event = CloudEventBuilder.v1(codec.toCloudEvent(Samples.full(EventType.CONSENT_EXPIRED), ID, SOURCE, TIME))
                .withDataSchema(URI.create("urn:infoshare:schema:consent-expired:v2")).build();

        InvalidEventException e = assertThrows(InvalidEventException.class, () -> codec.data(event));
        assertTrue(e.getMessage().contains("dataschema"), e.getMessage());
    }

    @Test
    @DisplayName("bytes that are not a structured CloudEvent are rejected without echoing them")
    void badEnvelopeRejected() {
        byte[] notJson = "Jane Example, 1 High Street".getBytes(StandardCharsets.UTF_8);
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> codec.deserialize(notJson));
        assertFalse(e.getMessage().contains("Jane"), e.getMessage());

        byte[] wrongVersion = ("{\"specversion\":\"0.1\",\"id\":\"1\",\"type\":\"t\",\"source\":\"s\"}")
                .getBytes(StandardCharsets.UTF_8);
        e = assertThrows(InvalidEventException.class, () -> codec.deserialize(wrongVersion));
        assertTrue(e.getMessage().contains("unsupported specversion"), e.getMessage());

        byte[] missingType = ("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"s\"}").getBytes(StandardCharsets.UTF_8);
        e = assertThrows(InvalidEventException.class, () -> codec.deserialize(missingType));
        assertTrue(e.getMessage().contains("missing required attribute 'type'"), e.getMessage());

        byte[] badTime = ("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"s\",\"type\":\"t\","
                + "\"time\":\"Jane Example\"}").getBytes(StandardCharsets.UTF_8);
        e = assertThrows(InvalidEventException.class, () -> codec.deserialize(badTime));
        assertTrue(e.getMessage().contains("invalid value for attribute 'time'"), e.getMessage());
        assertFalse(e.getMessage().contains("Jane"), e.getMessage());
    }

    @Test
    @DisplayName("records that are not registered event types cannot be encoded")
    void unregisteredRecordRejected() {
        DomainEvent stray = () -> "key";
        assertThrows(IllegalArgumentException.class, () -> codec.toCloudEvent(stray, ID, SOURCE, TIME));
    }

    @Test
    @DisplayName("the decoded record is the record class of its type")
    void decodedClass() {
        CloudEvent event = codec.deserialize(codec.serialize(
                codec.toCloudEvent(Samples.full(EventType.BREACH_CLOSED), ID, SOURCE, TIME)));
        assertInstanceOf(EventType.BREACH_CLOSED.recordClass(), codec.data(event));
    }

    private CloudEvent eventWithData(EventType type, String data) {
        return CloudEventBuilder.v1()
                .withId(ID.toString())
                .withSource(SOURCE)
                .withType(type.cloudEventType())
                .withSubject("s-1")
                .withTime(TIME.atOffset(ZoneOffset.UTC))
                .withDataSchema(type.dataSchema())
                .withData("application/json", data.getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
