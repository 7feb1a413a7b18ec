package org.infoshare.messaging.access;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.events.access.PersonalDataAccessed;
import org.infoshare.messaging.outbox.ApplicationName;
import org.infoshare.messaging.outbox.Outbox;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * P6.1: every read of personal data is itself recorded, as personal-data-accessed through the
 * outbox, so the record commits with the read's transaction or not at all. One event per subject
 * read (the event names one subject), all of a read appended in one statement, so a list of many
 * people stays cheap. Events carry pseudonymous subject ids only.
 */
@ApplicationScoped
public class PersonalDataReads {

    /** Who reads: an opaque actor id, the role they act in, and the partner when it is one. */
    public record Reader(String actorId, String actorRole, Optional<String> partnerId) {
    }

    /** One subject whose data a read showed, and what was shown of them (e.g. "safeguarding-referral/{id}"). */
    public record Seen(String subjectId, String resource) {
    }

    private final Outbox outbox;
    private final Clock clock;
    private final String service;

    public PersonalDataReads(Outbox outbox, Clock clock, ApplicationName applicationName) {
        this.outbox = outbox;
        this.clock = clock;
        this.service = applicationName.value();
    }

    /**
     * Records what a reader saw, for a purpose; the same subject and resource seen twice in one
     * read is recorded once. Joins the caller's transaction.
     */
    public Uni<Void> record(Reader reader, String purpose, Collection<Seen> seen) {
        var now = clock.instant();
        List<PersonalDataAccessed> events = new LinkedHashSet<>(seen).stream()
                .map(s -> new PersonalDataAccessed(UUID.randomUUID(), s.subjectId(), service,
                        reader.actorId(), reader.actorRole(), reader.partnerId().orElse(null), purpose,
                        s.resource(), now))
                .toList();
        return outbox.appendAll(events).replaceWithVoid();
    }

    /**
     * Runs a read in its own transaction and records the subjects its result shows. A read that
     * fails (404, 410, ...) records nothing: the transaction rolls back. Reads inside join it.
     */
    @WithTransaction
    public <T> Uni<T> recorded(Reader reader, String purpose, Supplier<Uni<T>> read,
                               Function<? super T, ? extends Collection<Seen>> seen) {
        return read.get().call(result -> record(reader, purpose, seen.apply(result)));
    }
}
