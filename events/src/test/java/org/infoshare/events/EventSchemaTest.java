package org.infoshare.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventSchemaTest {

    private final ObjectMapper mapper = new EventCodec().objectMapper();

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("every event type has a draft 2020-12 schema resource identified by its dataschema")
    void schemaResourceExists(EventType type) {
        assertTrue(Schemas.exists(type), "missing schema resource " + type.schemaResource());
        JsonNode schema = Schemas.node(type);
        assertEquals(Schemas.DRAFT_2020_12, schema.path("$schema").asText());
        assertEquals(type.dataSchema().toString(), schema.path("$id").asText());
        assertEquals("object", schema.path("type").asText());
        assertTrue(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean(),
                "additionalProperties must be false");
    }

    @Test
    @DisplayName("no schema file exists for a type that is not registered (event types and the partner webhook bodies)")
    void noOrphanSchemas() throws IOException, URISyntaxException {
        URL root = Schemas.class.getResource("/schemas");
        assertNotNull(root);
        Set<String> expected = Stream.concat(Arrays.stream(EventType.values()).map(EventType::schemaResource),
                Stream.of(org.infoshare.events.webhook.WithdrawalNotice.SCHEMA,
                        org.infoshare.events.webhook.SafeguardingReferralNotice.SCHEMA)).collect(Collectors.toSet());
        Path dir = Paths.get(root.toURI());
        try (Stream<Path> files = Files.walk(dir)) {
            Set<String> found = files.filter(Files::isRegularFile)
                    .map(p -> "/schemas/" + dir.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
            assertEquals(expected, found);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("schema properties are exactly the record's JSON properties, and all but the @Added are required")
    void propertiesMatchRecord(EventType type) {
        JsonNode schema = Schemas.node(type);
        Set<String> schemaProperties = new LinkedHashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(schemaProperties::add);

        Set<String> jsonProperties = new LinkedHashSet<>();
        mapper.valueToTree(Samples.full(type)).fieldNames().forEachRemaining(jsonProperties::add);
        Set<String> components = Arrays.stream(type.recordClass().getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toCollection(LinkedHashSet::new));

        assertEquals(components, jsonProperties, "record JSON properties are its components");
        assertEquals(jsonProperties, schemaProperties, "schema properties are the record's JSON properties");

        List<String> required = new ArrayList<>();
        schema.get("required").forEach(r -> required.add(r.asText()));
        assertEquals(required.size(), new HashSet<>(required).size(), "required has no duplicates");
        Set<String> added = Arrays.stream(type.recordClass().getRecordComponents())
                .filter(c -> c.isAnnotationPresent(Added.class)).map(RecordComponent::getName).collect(Collectors.toSet());
        Set<String> expectedRequired = new LinkedHashSet<>(components);
        expectedRequired.removeAll(added);
        assertEquals(expectedRequired, new HashSet<>(required), "required lists every component but the @Added ones");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("a component added to a published type is nullable, and an event written before it validates without it")
    void addedComponentsAreOptional(EventType type) {
        for (RecordComponent component : type.recordClass().getRecordComponents()) {
            if (component.isAnnotationPresent(Added.class)) {
                assertTrue(component.isAnnotationPresent(Nullable.class), component.getName() + " is @Nullable");
                ObjectNode older = mapper.valueToTree(Samples.full(type));
                older.remove(component.getName());
                assertEquals(List.of(), Schemas.validate(type, older.toString()), component.getName() + " may be absent");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("each property's schema type matches its Java type, and only @Nullable components admit null")
    void propertyTypesMatchJavaTypes(EventType type) {
        JsonNode properties = Schemas.node(type).get("properties");
        for (RecordComponent component : type.recordClass().getRecordComponents()) {
            String where = type.typeName() + "." + component.getName();
            JsonNode property = properties.get(component.getName());
            assertNotNull(property, where + " has no schema");
            boolean nullable = component.isAnnotationPresent(Nullable.class);
            assertEquals(nullable, admitsNull(property), where + ": schema null-ness differs from @Nullable");
            assertFalse(nullable && component.getType().isPrimitive(), where + ": a primitive cannot be nullable");
            if (component.getType() == List.class) {
                assertEquals("array", baseType(property), where);
                Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                assertScalar(element, property.get("items"), false, where + "[]");
            } else {
                assertScalar(component.getType(), property, nullable, where);
            }
        }
    }

    private static void assertScalar(Class<?> type, JsonNode property, boolean nullable, String where) {
        assertNotNull(property, where + " has no schema");
        String format = property.path("format").asText(null);
        if (type == UUID.class) {
            assertEquals("string", baseType(property), where);
            assertEquals("uuid", format, where);
        } else if (type == Instant.class) {
            assertEquals("string", baseType(property), where);
            assertEquals("date-time", format, where);
        } else if (type == LocalDate.class) {
            assertEquals("string", baseType(property), where);
            assertEquals("date", format, where);
        } else if (type == String.class) {
            assertEquals("string", baseType(property), where);
            assertEquals(null, format, where);
        } else if (type == boolean.class) {
            assertEquals("boolean", baseType(property), where);
        } else if (type == int.class || type == long.class) {
            assertEquals("integer", baseType(property), where);
        } else if (type.isRecord()) {
            // a nested record (the items of a subject access part): a closed object, each component checked alike
            assertEquals("object", baseType(property), where);
            assertFalse(property.path("additionalProperties").asBoolean(true), where + ": additionalProperties must be false");
            Set<String> required = new HashSet<>();
            property.get("required").forEach(r -> required.add(r.asText()));
            Set<String> components = new HashSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.add(component.getName());
                String inner = where + "." + component.getName();
                JsonNode innerProperty = property.get("properties").get(component.getName());
                assertNotNull(innerProperty, inner + " has no schema");
                boolean innerNullable = component.isAnnotationPresent(Nullable.class);
                assertEquals(innerNullable, admitsNull(innerProperty), inner + ": schema null-ness differs from @Nullable");
                if (component.getType() == List.class) {
                    assertEquals("array", baseType(innerProperty), inner);
                    Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                    assertScalar(element, innerProperty.get("items"), false, inner + "[]");
                } else {
                    assertScalar(component.getType(), innerProperty, innerNullable, inner);
                }
            }
            Set<String> properties = new HashSet<>();
            property.get("properties").fieldNames().forEachRemaining(properties::add);
            assertEquals(components, properties, where + ": schema properties are the record's components");
            assertEquals(components, required, where + ": required lists every component");
        } else if (type.isEnum()) {
            assertEquals("string", baseType(property), where);
            List<String> expected = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.toCollection(ArrayList::new));
            if (nullable) {
                expected.add(null);
            }
            List<String> actual = new ArrayList<>();
            property.get("enum").forEach(v -> actual.add(v.isNull() ? null : v.asText()));
            assertEquals(expected, actual, where + ": enum values are the Java constants (and null when nullable)");
        } else {
            throw new AssertionError(where + ": no schema rule for Java type " + type.getName());
        }
    }

    private static boolean admitsNull(JsonNode property) {
        JsonNode type = property.get("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals("null")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String baseType(JsonNode property) {
        JsonNode type = property.get("type");
        if (!type.isArray()) {
            return type.asText();
        }
        List<String> types = new ArrayList<>();
        type.forEach(t -> types.add(t.asText()));
        types.remove("null");
        assertEquals(1, types.size(), "one type besides null: " + property);
        return types.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("a fully filled sample validates against its schema")
    void fullSampleValidates(EventType type) throws IOException {
        String json = mapper.writeValueAsString(Samples.full(type));
        assertEquals(List.of(), Schemas.validate(type, json), json);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("a sample with every nullable field null still writes those fields and validates")
    void nullSampleValidates(EventType type) throws IOException {
        DomainEvent sample = Samples.withNulls(type);
        JsonNode tree = mapper.valueToTree(sample);
        for (String name : Schemas.nullableProperties(type)) {
            assertTrue(tree.has(name) && tree.get(name).isNull(), name + " is written as null");
        }
        String json = mapper.writeValueAsString(sample);
        assertEquals(List.of(), Schemas.validate(type, json), json);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("a sample with an unknown extra property fails validation")
    void extraPropertyRejected(EventType type) {
        ObjectNode tree = mapper.valueToTree(Samples.full(type));
        tree.put("unexpectedProperty", "x");
        assertFalse(Schemas.validate(type, tree.toString()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("a sample missing any one property fails validation")
    void missingPropertyRejected(EventType type) {
        for (RecordComponent component : type.recordClass().getRecordComponents()) {
            if (component.isAnnotationPresent(Added.class)) {
                continue; // addedComponentsAreOptional: events written before it lack it
            }
            ObjectNode tree = mapper.valueToTree(Samples.full(type));
            tree.remove(component.getName());
            assertFalse(Schemas.validate(type, tree.toString()).isEmpty(), component.getName() + " is required");
        }
    }

    @Test
    @DisplayName("formats are asserted: a malformed uuid or date-time fails validation")
    void formatsAsserted() {
        ObjectNode badUuid = mapper.valueToTree(Samples.full(EventType.CONSENT_EXPIRED));
        badUuid.put("consentId", "not-a-uuid");
        assertFalse(Schemas.validate(EventType.CONSENT_EXPIRED, badUuid.toString()).isEmpty());

        ObjectNode badTime = mapper.valueToTree(Samples.full(EventType.CONSENT_EXPIRED));
        badTime.put("expiredAt", "yesterday");
        assertFalse(Schemas.validate(EventType.CONSENT_EXPIRED, badTime.toString()).isEmpty());

        ObjectNode badEnum = mapper.valueToTree(Samples.full(EventType.SHARE_DECIDED));
        badEnum.put("outcome", "MAYBE");
        assertFalse(Schemas.validate(EventType.SHARE_DECIDED, badEnum.toString()).isEmpty());
    }
}
