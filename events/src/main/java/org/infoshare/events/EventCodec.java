package org.infoshare.events;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.rw.CloudEventRWException;

/**
 * Turns event records into CloudEvents 1.0 and back, and CloudEvents into structured-mode JSON
 * bytes and back. The data is the record's JSON, embedded as a JSON object (never base64).
 *
 * <p>Reading is forward compatible: unknown data fields are ignored. Anything that cannot be read
 * fails with {@link InvalidEventException}. Thread-safe.
 */
public final class EventCodec {

    /** Content type of the data; the structured envelope is {@code application/cloudevents+json}. */
    public static final String DATA_CONTENT_TYPE = "application/json";

    private static final int MAX_ECHOED_ATTRIBUTE_LENGTH = 200;
    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("Missing mandatory ([a-z0-9]{1,20}) attribute");
    private static final Pattern INVALID_ATTRIBUTE =
            Pattern.compile("Invalid attribute/extension value for \"([a-z0-9]{1,20})\"");

    private final ObjectMapper mapper;
    private final JsonFormat format = new JsonFormat();

    /** A codec with its own {@link ObjectMapper}. */
    public EventCodec() {
        this(new ObjectMapper());
    }

    /**
     * A codec based on a copy of the given mapper (e.g. the application's), configured as
     * {@link #configure(ObjectMapper)} says; the given mapper itself is not changed. Its property
     * naming must be the default (record component names).
     *
     * @param base the mapper to copy
     */
    public EventCodec(ObjectMapper base) {
        this.mapper = configure(Objects.requireNonNull(base, "base").copy());
    }

    /**
     * Configures a mapper for event data: java.time support, ISO-8601 strings for dates and times,
     * unknown properties ignored (forward compatibility), explicit null for a primitive rejected.
     *
     * @param mapper the mapper to configure
     * @return the same mapper
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** @return the mapper used for event data (do not reconfigure it) */
    public ObjectMapper objectMapper() {
        return mapper;
    }

    /**
     * Wraps an event record in a CloudEvents 1.0 envelope.
     *
     * @param event  the event record
     * @param id     the event id; consumers deduplicate on it, so an outbox row keeps it for every retry
     * @param source the producing service, e.g. {@code urn:infoshare:service:consent-service}
     * @param time   when the change the event announces happened
     * @return the CloudEvent: type and dataschema from {@link EventType}, subject = partition key
     */
    public CloudEvent toCloudEvent(DomainEvent event, UUID id, URI source, Instant time) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        EventType type = EventType.of(event.getClass());
        byte[] data;
        try {
            data = mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the data of " + type.typeName(), e);
        }
        return CloudEventBuilder.v1()
                .withId(id.toString())
                .withSource(source)
                .withType(type.cloudEventType())
                .withSubject(event.partitionKey())
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType(DATA_CONTENT_TYPE)
                .withDataSchema(type.dataSchema())
                .withData(data)
                .build();
    }

    /**
     * @param event a CloudEvent
     * @return its CloudEvents structured-mode JSON ({@code application/cloudevents+json})
     */
    public byte[] serialize(CloudEvent event) {
        return format.serialize(Objects.requireNonNull(event, "event"));
    }

    /**
     * @param bytes CloudEvents structured-mode JSON
     * @return the CloudEvent
     * @throws InvalidEventException if the bytes are not a CloudEvents 1.0 structured JSON event
     */
    public CloudEvent deserialize(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            return format.deserialize(bytes);
        } catch (EventDeserializationException | CloudEventRWException | IllegalArgumentException e) {
            throw new InvalidEventException("not a CloudEvents 1.0 structured JSON event: " + envelopeProblem(e));
        }
    }

    /**
     * @param event a CloudEvent
     * @return its event type, from the {@code type} attribute
     * @throws InvalidEventException if the type is not one of {@link EventType}
     */
    public EventType eventType(CloudEvent event) {
        Objects.requireNonNull(event, "event");
        try {
            return EventType.fromCloudEventType(event.getType());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("event " + echo(event.getId()) + " has unknown type '"
                    + echo(event.getType()) + "'");
        }
    }

    /**
     * Reads the data of an event whose type is known from its class.
     *
     * @param event a CloudEvent
     * @param type  the expected record class
     * @param <T>   the record type
     * @return the record
     * @throws InvalidEventException if the event is of another type or its data does not fit the record
     */
    public <T extends DomainEvent> T data(CloudEvent event, Class<T> type) {
        EventType expected = EventType.of(type);
        EventType actual = eventType(event);
        if (actual != expected) {
            throw new InvalidEventException("event " + echo(event.getId()) + " has type "
                    + actual.cloudEventType() + ", expected " + expected.cloudEventType());
        }
        return type.cast(read(event, actual));
    }

    /**
     * Reads the data of an event, choosing the record class from its {@code type} attribute.
     *
     * @param event a CloudEvent
     * @return the record
     * @throws InvalidEventException if the type is unknown or the data does not fit the record
     */
    public DomainEvent data(CloudEvent event) {
        return read(event, eventType(event));
    }

    private DomainEvent read(CloudEvent event, EventType type) {
        String what = "event " + echo(event.getId()) + " of type " + type.cloudEventType();
        URI schema = event.getDataSchema();
        if (schema != null && !schema.equals(type.dataSchema())) {
            throw new InvalidEventException(what + " names dataschema '" + echo(schema.toString())
                    + "', expected " + type.dataSchema());
        }
        String contentType = event.getDataContentType();
        if (contentType != null && !isJson(contentType)) {
            throw new InvalidEventException(what + " has datacontenttype '" + echo(contentType)
                    + "', expected " + DATA_CONTENT_TYPE);
        }
        CloudEventData data = event.getData();
        if (data == null) {
            throw new InvalidEventException(what + " carries no data");
        }
        try {
            if (data instanceof JsonCloudEventData) {
                return mapper.treeToValue(((JsonCloudEventData) data).getNode(), type.recordClass());
            }
            return mapper.readValue(data.toBytes(), type.recordClass());
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidEventException(what + ": " + dataProblem(e, type));
        }
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** Says what is wrong with the data by field path and problem kind, never by value. */
    private static String dataProblem(Exception e, EventType type) {
        if (e instanceof StreamReadException) {
            return "data is not well-formed JSON";
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause();
            if (cause instanceof NullPointerException && isComponentName(type, cause.getMessage())) {
                return "required field '" + cause.getMessage() + "' is missing or null";
            }
            return "data does not satisfy the record (a required value is missing or null)";
        }
        if (e instanceof JsonMappingException) {
            String path = path((JsonMappingException) e);
            if (e instanceof InvalidFormatException) {
                return "field '" + path + "' has a value of the wrong format or outside its vocabulary";
            }
            if (e instanceof MismatchedInputException) {
                return path.isEmpty() ? "data is not a JSON object of the expected shape"
                        : "field '" + path + "' has the wrong JSON type or is null";
            }
            return path.isEmpty() ? "data does not fit the record" : "field '" + path + "' does not fit the record";
        }
        return "data cannot be read (" + e.getClass().getSimpleName() + ")";
    }

    private static boolean isComponentName(EventType type, String name) {
        return name != null && Arrays.stream(type.recordClass().getRecordComponents())
                .anyMatch(c -> c.getName().equals(name));
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * Says what is wrong with an envelope by problem kind and attribute name, never by value: the
     * SDK's own messages can quote attribute values, so only known message shapes are reduced to
     * their attribute name.
     */
    private static String envelopeProblem(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException) {
                return "malformed JSON";
            }
            if (t instanceof JsonMappingException) {
                String message = String.valueOf(((JsonMappingException) t).getOriginalMessage());
                Matcher missing = MISSING_ATTRIBUTE.matcher(message);
                if (missing.lookingAt()) {
                    return "missing required attribute '" + missing.group(1) + "'";
                }
                if (message.startsWith("Invalid specversion")) {
                    return "unsupported specversion (only 1.0 is read)";
                }
                Matcher invalid = INVALID_ATTRIBUTE.matcher(message);
                if (invalid.lookingAt()) {
                    return "invalid value for attribute '" + invalid.group(1) + "'";
                }
            }
            if (t instanceof CloudEventRWException) {
                return "envelope problem " + ((CloudEventRWException) t).getKind();
            }
        }
        return "envelope is not valid";
    }

    /** Envelope attributes (id, type) are not payload, but keep what is quoted short. */
    private static String echo(String attribute) {
        if (attribute == null) {
            return "<none>";
        }
        return attribute.length() <= MAX_ECHOED_ATTRIBUTE_LENGTH ? attribute
                : attribute.substring(0, MAX_ECHOED_ATTRIBUTE_LENGTH) + "...";
    }
}
