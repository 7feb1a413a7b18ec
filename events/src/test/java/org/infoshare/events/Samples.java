package org.infoshare.events;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reflectively built sample events: one value per component, chosen by the component's type. */
final class Samples {

    private static final Instant BASE_INSTANT = Instant.parse("2026-03-01T09:15:30.123456Z");
    private static final LocalDate BASE_DATE = LocalDate.of(2026, 4, 1);

    private Samples() {
    }

    /** Every component filled. */
    static DomainEvent full(EventType type) {
        return build(type, Set.of());
    }

    /** Every component the schema lets be null set to null, the others filled. */
    static DomainEvent withNulls(EventType type) {
        return build(type, Schemas.nullableProperties(type));
    }

    /** Every component filled except the named ones, which are null. */
    static DomainEvent build(EventType type, Set<String> nullComponents) {
        RecordComponent[] components = type.recordClass().getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = nullComponents.contains(components[i].getName()) ? null : value(components[i], i);
        }
        return construct(type, args);
    }

    static DomainEvent construct(EventType type, Object[] args) {
        Class<?>[] parameterTypes = Arrays.stream(type.recordClass().getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.recordClass().getDeclaredConstructor(parameterTypes).newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A nested record (e.g. the items of a subject access part), every component filled. */
    private static Object nested(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = value(components[i], i);
            parameterTypes[i] = components[i].getType();
        }
        try {
            return type.getDeclaredConstructor(parameterTypes).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object value(RecordComponent component, int index) {
        Class<?> type = component.getType();
        if (type == List.class) {
            Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            return List.of(scalar((Class<?>) element, component.getName(), index));
        }
        return scalar(type, component.getName(), index);
    }

    private static Object scalar(Class<?> type, String name, int index) {
        if (type.isRecord()) {
            return nested(type);
        }
        if (type == UUID.class) {
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        }
        if (type == String.class) {
            return name + "-" + index;
        }
        if (type == Instant.class) {
            return BASE_INSTANT.plusSeconds(3600L * index);
        }
        if (type == LocalDate.class) {
            return BASE_DATE.plusDays(index);
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == int.class) {
            return index + 1;
        }
        if (type == long.class) {
            return index + 1L;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        throw new IllegalArgumentException("no sample value for component '" + name + "' of type " + type.getName()
                + ": teach Samples and the schema type checks about it");
    }
}
