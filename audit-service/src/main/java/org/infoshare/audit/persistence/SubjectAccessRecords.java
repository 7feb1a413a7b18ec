package org.infoshare.audit.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.EventType;
import org.infoshare.events.subjectaccess.SubjectAccessItem;

import java.util.List;

/**
 * P12.2: audit-service's part of a subject access answer: who read the person's personal data and
 * when, from the trail's personal-data-accessed entries (the opaque id of the reader and the
 * service that served the read; the trail keeps no more of the event than its digest).
 */
@ApplicationScoped
public class SubjectAccessRecords {

    private static final String SOURCE_PREFIX = "urn:infoshare:";

    public Uni<List<SubjectAccessItem>> of(String subjectId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "from TrailEntryEntity where kind = 'event' and eventType = ?1 and subject = ?2 order by seq",
                        TrailEntryEntity.class)
                .setParameter(1, EventType.PERSONAL_DATA_ACCESSED.cloudEventType())
                .setParameter(2, subjectId)
                .getResultList())
                .map(entries -> entries.stream().map(e -> new SubjectAccessItem("data-read", e.eventId.toString(), null,
                        e.occurredAt, e.actor, List.of(), null, "served by " + service(e.source))).toList());
    }

    private static String service(String source) {
        return source.startsWith(SOURCE_PREFIX) ? source.substring(SOURCE_PREFIX.length()) : source;
    }
}
