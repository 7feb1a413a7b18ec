package org.infoshare.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.infoshare.events.vocabulary.NotificationCause;
import org.infoshare.events.webhook.WithdrawalNotice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** P6.8 the partner webhook body is a record with a versioned JSON Schema, checked like an event's. */
class WebhookBodySchemaTest {

    private final ObjectMapper mapper = new EventCodec().objectMapper();
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

    private static WithdrawalNotice sample(String subjectRef) {
        return WithdrawalNotice.of(UUID.randomUUID(), UUID.randomUUID(), subjectRef, NotificationCause.CONSENT_WITHDRAWN,
                AT.minusSeconds(60), AT, AT.plus(Duration.ofDays(14)));
    }

    private JsonNode schema() throws IOException {
        return mapper.readTree(Schemas.text(WithdrawalNotice.SCHEMA));
    }

    @Test
    @DisplayName("P6.8 the body's schema is draft 2020-12, versioned in its $id, closed to other properties")
    void schemaHeader() throws IOException {
        JsonNode schema = schema();
        assertEquals(Schemas.DRAFT_2020_12, schema.path("$schema").asText());
        assertEquals("urn:infoshare:schema:webhook:withdrawal-notice:v" + WithdrawalNotice.VERSION,
                schema.path("$id").asText());
        assertEquals("object", schema.path("type").asText());
        assertFalse(schema.path("additionalProperties").asBoolean(true));
    }

    @Test
    @DisplayName("P6.8 the schema's properties are exactly the record's, all required, in the record's order")
    void propertiesMatchRecord() throws IOException {
        JsonNode schema = schema();
        List<String> components = Arrays.stream(WithdrawalNotice.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
        List<String> properties = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        List<String> written = new ArrayList<>();
        mapper.valueToTree(sample("psn-1")).fieldNames().forEachRemaining(written::add);
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(r -> required.add(r.asText()));

        assertEquals(components, written, "the body's JSON properties are the record's components, in order");
        assertEquals(components, properties);
        assertEquals(components, required);
        Set<String> nullable = Arrays.stream(WithdrawalNotice.class.getRecordComponents())
                .filter(c -> c.isAnnotationPresent(Nullable.class)).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(nullable, Schemas.nullablePropertiesOf(schema));
    }

    @Test
    @DisplayName("P6.8 a body validates, with the partner's pseudonym or with none (written as null)")
    void samplesValidate() throws IOException {
        String full = mapper.writeValueAsString(sample("psn-1"));
        assertEquals(List.of(), Schemas.validate(WithdrawalNotice.SCHEMA, full), full);
        JsonNode nobody = mapper.valueToTree(sample(null));
        assertTrue(nobody.has("subjectRef") && nobody.get("subjectRef").isNull());
        assertEquals(List.of(), Schemas.validate(WithdrawalNotice.SCHEMA, nobody.toString()));
        assertEquals("/api/v1/partner/notifications/" + nobody.get("notificationId").asText() + "/answer",
                nobody.get("answer").asText());
    }

    @Test
    @DisplayName("P6.8 an extra property, another type, a bad uuid or a missing field fails validation")
    void badBodiesFail() {
        ObjectNode extra = mapper.valueToTree(sample("psn-1"));
        extra.put("subjectId", "subj-1");
        assertFalse(Schemas.validate(WithdrawalNotice.SCHEMA, extra.toString()).isEmpty());
        ObjectNode otherType = mapper.valueToTree(sample("psn-1"));
        otherType.put("type", "share-released");
        assertFalse(Schemas.validate(WithdrawalNotice.SCHEMA, otherType.toString()).isEmpty());
        ObjectNode badId = mapper.valueToTree(sample("psn-1"));
        badId.put("releaseId", "not-a-uuid");
        assertFalse(Schemas.validate(WithdrawalNotice.SCHEMA, badId.toString()).isEmpty());
        ObjectNode missing = mapper.valueToTree(sample("psn-1"));
        missing.remove("answerBy");
        assertFalse(Schemas.validate(WithdrawalNotice.SCHEMA, missing.toString()).isEmpty());
    }

    @Test
    @DisplayName("P6.8 the record is always of its one type and has every required field")
    void recordInvariants() {
        assertThrows(IllegalArgumentException.class, () -> new WithdrawalNotice("share-released", UUID.randomUUID(),
                UUID.randomUUID(), null, NotificationCause.CONSENT_WITHDRAWN, AT, AT, AT, "/x"));
        assertThrows(NullPointerException.class, () -> WithdrawalNotice.of(UUID.randomUUID(), UUID.randomUUID(),
                null, NotificationCause.CONSENT_WITHDRAWN, AT, AT, null));
    }
}
