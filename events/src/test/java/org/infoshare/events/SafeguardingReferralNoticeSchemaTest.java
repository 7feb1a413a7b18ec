package org.infoshare.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.infoshare.events.vocabulary.SafeguardingRoute;
import org.infoshare.events.webhook.SafeguardingReferralNotice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** P3.1 the safeguarding team's webhook body is a record with a versioned JSON Schema, checked like an event's. */
class SafeguardingReferralNoticeSchemaTest {

    private final ObjectMapper mapper = new EventCodec().objectMapper();
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

    private static SafeguardingReferralNotice sample() {
        return SafeguardingReferralNotice.of(UUID.randomUUID(), "NEGLECT", SafeguardingRoute.ADULTS, AT,
                AT.plus(Duration.ofHours(4)));
    }

    @Test
    @DisplayName("P3.1 the body's schema is versioned in its $id and its properties are exactly the record's, all required, in order")
    void schemaMatchesRecord() throws IOException {
        JsonNode schema = mapper.readTree(Schemas.text(SafeguardingReferralNotice.SCHEMA));
        assertEquals(Schemas.DRAFT_2020_12, schema.path("$schema").asText());
        assertEquals("urn:infoshare:schema:webhook:safeguarding-referral-notice:v" + SafeguardingReferralNotice.VERSION,
                schema.path("$id").asText());
        assertFalse(schema.path("additionalProperties").asBoolean(true));
        List<String> components = Arrays.stream(SafeguardingReferralNotice.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
        List<String> properties = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        List<String> written = new ArrayList<>();
        mapper.valueToTree(sample()).fieldNames().forEachRemaining(written::add);
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(r -> required.add(r.asText()));
        assertEquals(components, written);
        assertEquals(components, properties);
        assertEquals(components, required);
    }

    @Test
    @DisplayName("P3.1 a body validates, with paths built from its id; a person's id, another category or a bad path fails")
    void samplesValidateAndBadOnesFail() throws IOException {
        SafeguardingReferralNotice notice = sample();
        assertEquals(List.of(), Schemas.validate(SafeguardingReferralNotice.SCHEMA, mapper.writeValueAsString(notice)));
        assertEquals("/api/v1/partner/safeguarding-referrals/" + notice.referralId() + "/acknowledge",
                notice.acknowledge());
        ObjectNode person = mapper.valueToTree(notice);
        person.put("subjectId", "subj-1");
        assertFalse(Schemas.validate(SafeguardingReferralNotice.SCHEMA, person.toString()).isEmpty());
        ObjectNode category = mapper.valueToTree(notice);
        category.put("category", "GOSSIP");
        assertFalse(Schemas.validate(SafeguardingReferralNotice.SCHEMA, category.toString()).isEmpty());
        ObjectNode path = mapper.valueToTree(notice);
        path.put("fetch", "https://elsewhere.example/x");
        assertFalse(Schemas.validate(SafeguardingReferralNotice.SCHEMA, path.toString()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new SafeguardingReferralNotice("recipient-notified",
                UUID.randomUUID(), "NEGLECT", SafeguardingRoute.ADULTS, AT, AT, "/a", "/b"));
    }
}
