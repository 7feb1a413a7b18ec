package org.infoshare.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.events.audit.AuditCheckpoint;
import org.infoshare.events.audit.MisuseEvent;
import org.infoshare.events.retention.RecordErased;
import org.infoshare.events.breach.BreachEvent;
import org.infoshare.events.consent.ConsentEvent;
import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.events.sharing.SharingEvent;
import org.infoshare.events.subjectaccess.SubjectAccessPartPrepared;
import org.infoshare.events.staff.StaffEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventTypeTest {

    /**
     * The 18 event types of DESIGN.md (services table), audit-service's checkpoints, retention's
     * erasures, the breach notice hand-off between breach-service and consent-service, the P5.1
     * protocol conflict, a release's delivery and payload destruction (P11.1), the P2.1 legal-duty
     * disclosure hand-off, the P3.1 safeguarding referral's progress, the P15.2 misuse reports, the
     * P12.2 subject access steps and parts, the 16 X1 types that make every other state change an
     * event, the P15.1 staff register (registration, policy acknowledgement, training) and the P12.1
     * FOI hand-over to a contract's council, a small provider's signed link (issued, used, refused;
     * issue 13 item 4b) and a person's one-time link (issued, used; issue 13 item 4a), exactly.
     */
    private static final List<String> DESIGN_TYPE_NAMES = List.of(
            "consent-given", "consent-withdrawn", "consent-reconfirmation-requested", "consent-reconfirmed",
            "consent-expired", "subject-access-requested", "subject-access-verified", "subject-access-progressed",
            "subject-access-part-prepared",
            "share-requested", "share-decided", "share-released", "recipient-notified", "recipient-acknowledged",
            "safeguarding-referred", "safeguarding-referral-progressed", "protocol-conflict-declared",
            "release-delivered", "release-destroyed", "legal-disclosure-approved", "legal-disclosure-handed-over",
            "foi-request-handed-over",
            "breach-suspected", "breach-assessed", "breach-reported", "individuals-notified", "breach-closed",
            "breach-notice-requested", "breach-notice-dispatched",
            "personal-data-accessed",
            "audit-checkpoint", "record-erased",
            "misuse-reported", "misuse-dismissed", "misuse-escalated",
            // X1: every other state change is an event too, so the audit trail holds the whole history
            "subject-registered", "capacity-assessed", "information-sheet-published", "foi-request-logged",
            "partner-registered", "partner-updated", "protocol-changed", "protocol-attested",
            "protocol-conflict-resolved", "guidance-note-issued", "guidance-acknowledged",
            "onward-share-requested", "onward-share-decided",
            "breach-action-recorded", "breach-action-completed", "breach-escalated",
            // P15.1: the staff register
            "staff-registered", "policy-acknowledged", "training-recorded",
            // issue 13 item 4(b): a small provider's signed link, issued, used, refused
            "provider-link-issued", "provider-link-used", "provider-link-refused",
            // issue 13 item 4(a): a person's one-time link, issued and used
            "person-link-issued", "person-link-used");

    @Test
    @DisplayName("the event types are exactly the 18 types of the design plus the audit checkpoint, the retention erasure, the two breach notice types, the two release lifecycle types, the legal-duty disclosure pair, the safeguarding referral's progress, the three misuse report types (P15.2), the three subject access types (P12.2) and the 16 X1 state-change types and the three staff register types (P15.1) and the FOI hand-over (P12.1) and the three provider link types (issue 13 item 4b) and the person link pair (issue 13 item 4a)")
    void exactlyTheDesignTypes() {
        assertEquals(59, DESIGN_TYPE_NAMES.size());
        List<String> names = Arrays.stream(EventType.values()).map(EventType::typeName).collect(Collectors.toList());
        assertEquals(new HashSet<>(DESIGN_TYPE_NAMES), new HashSet<>(names));
        assertEquals(DESIGN_TYPE_NAMES.size(), names.size());
    }

    @Test
    @DisplayName("type names are unique and kebab-case")
    void namesUniqueAndKebabCase() {
        Set<String> seen = new HashSet<>();
        for (EventType type : EventType.values()) {
            assertTrue(seen.add(type.typeName()), "duplicate type name " + type.typeName());
            assertTrue(type.typeName().matches("[a-z]+(-[a-z]+)*"), type.typeName() + " is not kebab-case");
            assertEquals(type.typeName().toUpperCase().replace('-', '_'), type.name(),
                    "constant name follows the type name");
        }
    }

    @Test
    @DisplayName("each type has its own record class, and all are version 1")
    void oneRecordPerType() {
        Set<Class<?>> classes = new HashSet<>();
        for (EventType type : EventType.values()) {
            assertTrue(type.recordClass().isRecord(), type + " data is a record");
            assertTrue(classes.add(type.recordClass()), "record class used twice: " + type.recordClass());
            assertEquals(1, type.version());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("a type is found again by its class, its name and its CloudEvents type")
    void lookups(EventType type) {
        assertSame(type, EventType.of(type.recordClass()));
        assertSame(type, EventType.fromTypeName(type.typeName()));
        assertSame(type, EventType.fromCloudEventType(type.cloudEventType()));
    }

    @Test
    @DisplayName("unknown names and classes are rejected")
    void unknownRejected() {
        assertThrows(IllegalArgumentException.class, () -> EventType.fromTypeName("consent-granted"));
        assertThrows(IllegalArgumentException.class, () -> EventType.fromCloudEventType("org.infoshare.consent-given.v2"));
        assertThrows(IllegalArgumentException.class, () -> EventType.of(NotRegistered.class));
    }

    @Test
    @DisplayName("CloudEvents type, dataschema and schema resource follow the naming rule")
    void derivedNames() {
        EventType type = EventType.CONSENT_GIVEN;
        assertEquals("consent-given", type.typeName());
        assertEquals(ConsentGiven.class, type.recordClass());
        assertEquals("org.infoshare.consent-given.v1", type.cloudEventType());
        assertEquals(URI.create("urn:infoshare:schema:consent-given:v1"), type.dataSchema());
        assertEquals("/schemas/consent-given/v1.json", type.schemaResource());
    }

    @Test
    @DisplayName("each topic carries exactly the records of its sealed event interface")
    void topicsMatchSealedInterfaces() {
        Map<String, Set<Class<?>>> expected = Map.of(
                Topics.CONSENT_EVENTS, union(ConsentEvent.class.getPermittedSubclasses(),
                        StaffEvent.class.getPermittedSubclasses()),
                Topics.SHARING_EVENTS, Set.of(SharingEvent.class.getPermittedSubclasses()),
                Topics.BREACH_EVENTS, union(BreachEvent.class.getPermittedSubclasses(),
                        MisuseEvent.class.getPermittedSubclasses()),
                Topics.PERSONAL_DATA_ACCESSED, Set.of(PersonalDataAccessed.class),
                Topics.AUDIT_CHECKPOINTS, Set.of(AuditCheckpoint.class),
                Topics.RETENTION_EVENTS, Set.of(RecordErased.class),
                Topics.SUBJECT_ACCESS_PARTS, Set.of(SubjectAccessPartPrepared.class));
        Map<String, Set<Class<?>>> actual = Arrays.stream(EventType.values()).collect(Collectors.groupingBy(
                EventType::topic, Collectors.mapping(EventType::recordClass, Collectors.toSet())));
        assertEquals(expected, actual);
    }

    private static Set<Class<?>> union(Class<?>[] first, Class<?>[] second) {
        Set<Class<?>> all = new HashSet<>(Arrays.asList(first));
        all.addAll(Arrays.asList(second));
        return all;
    }

    private record NotRegistered(String subjectId) implements DomainEvent {
        @Override
        public String partitionKey() {
            return subjectId;
        }
    }
}
