package org.infoshare.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.events.audit.AuditCheckpoint;
import org.infoshare.events.audit.MisuseEvent;
import org.infoshare.events.staff.StaffEvent;
import org.infoshare.events.retention.RecordErased;
import org.infoshare.events.breach.BreachEvent;
import org.infoshare.events.breach.BreachNoticeDispatched;
import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.NoticeDispatchFailure;
import org.infoshare.events.consent.FoiRequestLogged;
import org.infoshare.events.consent.InformationSheetPublished;
import org.infoshare.events.sharing.GuidanceNoteIssued;
import org.infoshare.events.sharing.ProtocolConflictDeclared;
import org.infoshare.events.sharing.SharingEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventRecordTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("a record refuses null in every component not marked @Nullable, naming it")
    void requiredComponentsRejectNull(EventType type) {
        for (RecordComponent component : type.recordClass().getRecordComponents()) {
            if (component.getType().isPrimitive() || component.isAnnotationPresent(Nullable.class)) {
                continue;
            }
            NullPointerException e = assertThrows(NullPointerException.class,
                    () -> Samples.build(type, Set.of(component.getName())), component.getName());
            assertEquals(component.getName(), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("list components are immutable copies")
    @SuppressWarnings("unchecked")
    void listsImmutable(EventType type) throws ReflectiveOperationException {
        DomainEvent event = Samples.full(type);
        for (RecordComponent component : type.recordClass().getRecordComponents()) {
            if (component.getType() == List.class) {
                List<Object> list = (List<Object>) component.getAccessor().invoke(event);
                assertThrows(UnsupportedOperationException.class, () -> list.add(list.get(0)), component.getName());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EventType.class)
    @DisplayName("the partition key is the subject, the partner for a sharing event without subject, the breach for breach events, the report for misuse reports, the staff member for the staff register, the trail for checkpoints")
    void partitionKey(EventType type) throws ReflectiveOperationException {
        DomainEvent full = Samples.full(type);
        if (full instanceof BreachEvent) {
            assertEquals(((BreachEvent) full).breachId().toString(), full.partitionKey());
            return;
        }
        if (full instanceof MisuseEvent misuse) {
            assertEquals(misuse.reportId().toString(), full.partitionKey()); // P15.2: a report's events stay in order
            return;
        }
        if (full instanceof StaffEvent staff) {
            assertEquals(staff.staffId(), full.partitionKey()); // P15.1: about a staff member, never a person
            return;
        }
        if (full instanceof AuditCheckpoint) {
            assertEquals("trail", full.partitionKey()); // the one trail: checkpoints stay in order
            return;
        }
        if (full instanceof org.infoshare.events.consent.FoiRequestHandedOver foi) {
            assertEquals(foi.foiRequestId().toString(), full.partitionKey()); // P12.1: about no person
            return;
        }
        if (full instanceof InformationSheetPublished sheet) {
            assertEquals(sheet.pieceOfWork(), full.partitionKey()); // a piece of work's versions stay in order
            return;
        }
        if (full instanceof FoiRequestLogged foi) {
            assertEquals(foi.requestId().toString(), full.partitionKey()); // about no person
            return;
        }
        if (full instanceof GuidanceNoteIssued note) {
            assertEquals(note.smallProviderKind(), full.partitionKey()); // a kind's versions stay in order
            return;
        }
        if (full instanceof SharingEvent sharing && !hasComponent(full, "subjectId")) {
            assertEquals(sharing.partnerId(), full.partitionKey()); // partners, protocols: never a person
            return;
        }
        if (full instanceof ProtocolConflictDeclared declared) {
            assertEquals(declared.partnerId(), full.partitionKey()); // about a protocol, never a person
            return;
        }
        assertEquals(accessor(full, "subjectId"), full.partitionKey());
        if (full instanceof RecordErased) {
            RecordErased ofNobody = (RecordErased) Samples.withNulls(type);
            assertEquals(ofNobody.recordId(), ofNobody.partitionKey()); // a record of nobody: its own id
            return;
        }
        DomainEvent withNulls = Samples.withNulls(type);
        if (withNulls instanceof SharingEvent && ((SharingEvent) withNulls).subjectId() == null) {
            assertEquals(((SharingEvent) withNulls).partnerId(), withNulls.partitionKey());
        }
    }

    @Test
    @DisplayName("P14.3 a dispatched breach notice carries either its channel or why it could not go, never both")
    void dispatchedNoticeIsSentOrFailed() {
        UUID breach = UUID.randomUUID();
        UUID notice = UUID.randomUUID();
        Instant at = Instant.parse("2026-03-01T09:00:00Z");
        BreachNoticeDispatched sent = BreachNoticeDispatched.sent(breach, notice, "subj-1", NoticeChannel.LETTER, at);
        assertEquals(NoticeChannel.LETTER, sent.channel());
        assertEquals(null, sent.failureReason());
        BreachNoticeDispatched failed = BreachNoticeDispatched.failed(breach, notice, "subj-1",
                NoticeDispatchFailure.NO_CONTACT_DETAILS, at);
        assertEquals(null, failed.channel());
        assertEquals(NoticeDispatchFailure.NO_CONTACT_DETAILS, failed.failureReason());
        assertThrows(NullPointerException.class, () -> BreachNoticeDispatched.sent(breach, notice, "s", null, at));
        assertThrows(NullPointerException.class, () -> BreachNoticeDispatched.failed(breach, notice, "s", null, at));
    }

    private static boolean hasComponent(DomainEvent event, String name) {
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Object accessor(DomainEvent event, String name) throws ReflectiveOperationException {
        return event.getClass().getMethod(name).invoke(event);
    }
}
