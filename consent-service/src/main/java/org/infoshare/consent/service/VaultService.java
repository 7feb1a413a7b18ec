package org.infoshare.consent.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.Capacity;
import org.infoshare.consent.domain.DataSubject;
import org.infoshare.consent.domain.IdentifierKind;
import org.infoshare.consent.domain.Identity;
import org.infoshare.consent.domain.PersonalDataRead;
import org.infoshare.consent.domain.ConsentEventMapper;
import org.infoshare.consent.persistence.VaultRepository;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The vault's use cases. Registering stores identifiers encrypted; every read of identifiers by a
 * person is announced as personal-data-accessed in the same transaction (P6.1), so a read that
 * cannot be recorded does not happen.
 */
@ApplicationScoped
public class VaultService {

    private final VaultRepository vault;
    private final Outbox outbox;
    private final Clock clock;

    public VaultService(VaultRepository vault, Outbox outbox, Clock clock) {
        this.vault = vault;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<String> register(Identity identity, Capacity capacity, String recordedBy) {
        DataSubject subject = new DataSubject(UUID.randomUUID().toString(), identity, capacity, clock.instant());
        return vault.add(subject)
                .chain(() -> outbox.append(ConsentEventMapper.registered(subject, recordedBy)))
                .replaceWith(subject.subjectId());
    }

    @WithTransaction
    public Uni<DataSubject> read(String subjectId, String actorId, String actorRole, String purpose) {
        return vault.find(subjectId)
                .map(found -> found.orElseThrow(() -> notFound(subjectId)))
                .call(subject -> outbox.append(ConsentEventMapper.accessed(
                        new PersonalDataRead(subjectId, actorId, actorRole, purpose, PersonalDataRead.VAULT_ENTRY),
                        clock.instant())));
    }

    /** Finding who holds an identifier reveals that they are known here: recorded like a read. */
    @WithTransaction
    public Uni<List<String>> lookup(IdentifierKind kind, String value, String actorId, String actorRole,
                                    String purpose) {
        return vault.findByIdentifier(kind, value).call(subjectIds -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (String subjectId : subjectIds) {
                chain = chain.chain(() -> outbox.append(ConsentEventMapper.accessed(
                        new PersonalDataRead(subjectId, actorId, actorRole, purpose, PersonalDataRead.VAULT_LOOKUP),
                        clock.instant())).replaceWithVoid());
            }
            return chain;
        });
    }

    @WithTransaction
    public Uni<Void> recordCapacity(String subjectId, Capacity.Status status, String assessedBy) {
        Capacity capacity = new Capacity(status, clock.instant(), assessedBy);
        return vault.exists(subjectId).chain(exists -> exists
                ? vault.updateCapacity(subjectId, capacity, clock.instant())
                        .chain(() -> outbox.append(ConsentEventMapper.capacityAssessed(subjectId, capacity)))
                        .replaceWithVoid()
                : Uni.createFrom().failure(notFound(subjectId)));
    }

    static ProblemException notFound(String subjectId) {
        return new ProblemException(ProblemType.NOT_FOUND, "No data subject " + subjectId);
    }
}
