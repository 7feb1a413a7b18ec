package org.infoshare.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DESIGN.md: no name, address, phone, e-mail or date of birth in any Kafka event. */
class NoPersonalIdentifierTest {

    private static final Set<String> DENY_LIST = Set.of(
            "name", "firstName", "lastName", "fullName", "surname", "email", "phone", "telephone", "mobile",
            "address", "postcode", "zip", "dateOfBirth", "birthDate", "dob", "nhsNumber", "niNumber")
            .stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());

    @Test
    @DisplayName("no event type carries a personal identifier")
    void noEventCarriesPersonalIdentifier() {
        List<String> violations = new ArrayList<>();
        for (EventType type : EventType.values()) {
            violations.addAll(violations(type.recordClass(), type.typeName(), new HashSet<>()));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    @DisplayName("the identifier check catches identifiers as word parts and in nested records")
    void checkCatchesIdentifiers() {
        List<String> violations = violations(Leaky.class, "leaky", new HashSet<>());
        assertEquals(List.of(
                "leaky.contactEmail", "leaky.homeAddress", "leaky.mothersName",
                "leaky.carer.phoneNumber", "leaky.carer.dateOfBirth", "leaky.carer.dateOfBirth is a birth date",
                "leaky.others[].surname", "leaky.others[].NHSNumber", "leaky.born is a birth date"), violations);
        assertEquals(List.of(), violations(Harmless.class, "harmless", new HashSet<>()));
    }

    static List<String> violations(Class<?> recordClass, String path, Set<Class<?>> visited) {
        List<String> found = new ArrayList<>();
        if (!visited.add(recordClass)) {
            return found;
        }
        for (RecordComponent component : recordClass.getRecordComponents()) {
            String where = path + "." + component.getName();
            if (isDenied(component.getName())) {
                found.add(where);
            }
            if (component.getType() == LocalDate.class
                    && component.getName().toLowerCase(Locale.ROOT).contains("birth")
                    || component.getType() == LocalDate.class && component.getName().equalsIgnoreCase("born")) {
                found.add(where + " is a birth date");
            }
            if (component.getType().isRecord()) {
                found.addAll(violations(component.getType(), where, visited));
            }
            Type generic = component.getGenericType();
            if (generic instanceof ParameterizedType) {
                for (Type argument : ((ParameterizedType) generic).getActualTypeArguments()) {
                    if (argument instanceof Class<?> && ((Class<?>) argument).isRecord()) {
                        found.addAll(violations((Class<?>) argument, where + "[]", visited));
                    }
                }
            }
        }
        return found;
    }

    /** True when a deny-listed word is one word, or a run of words, of the camelCase name. */
    static boolean isDenied(String name) {
        List<String> words = words(name);
        for (int from = 0; from < words.size(); from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < words.size(); to++) {
                run.append(words.get(to));
                if (DENY_LIST.contains(run.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** camelCase, PascalCase, snake_case and ACRONYMWord split into lower-case words. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String part : name.split("_|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
            if (!part.isEmpty()) {
                words.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private record Carer(String carerId, String phoneNumber, LocalDate dateOfBirth) {
    }

    private record Other(String surname, String NHSNumber) {
    }

    private record Leaky(String subjectId, String contactEmail, String homeAddress, String mothersName,
            Carer carer, List<Other> others, LocalDate born) {
    }

    private record Harmless(String subjectId, String partnerId, String typeNameless, LocalDate dueDate,
            String emailed, String addressee) {
    }
}
