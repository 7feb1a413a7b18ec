package org.infoshare.consent.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.ConsentEventMapper;
import org.infoshare.consent.domain.FoiRequest;
import org.infoshare.consent.persistence.FoiRequestRepository;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.Contract;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Logs FOI requests under their Healthwatch contract and hands each to the council responsible
 * for that contract (P12.1); a hand-over announces foi-request-handed-over in its transaction.
 */
@ApplicationScoped
public class FoiLogService {

    private final FoiRequestRepository log;
    private final Outbox outbox;
    private final Clock clock;

    public FoiLogService(FoiRequestRepository log, Outbox outbox, Clock clock) {
        this.log = log;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Logs a received request under {@code contract}, its council taken from the contract. With
     * {@code handedOverAt} (a hand-over already done, recorded after the fact) it is handed over at
     * once.
     */
    @WithTransaction
    public Uni<FoiRequest> record(Instant receivedAt, String summary, Contract contract, Optional<Instant> handedOverAt,
                                  String recordedBy) {
        FoiRequest logged = new FoiRequest(UUID.randomUUID(), receivedAt, summary, contract.id(), contract.council(),
                Optional.ofNullable(contract.councilFoiContact()), recordedBy, Optional.empty(), Optional.empty());
        if (handedOverAt.isEmpty()) {
            return log.add(logged).chain(() -> outbox.append(ConsentEventMapper.foiLogged(logged, clock.instant())))
                    .replaceWith(logged);
        }
        FoiRequest handed;
        try {
            handed = handOver(logged, handedOverAt.get(), recordedBy);
        } catch (ProblemException e) {
            return Uni.createFrom().failure(e);
        }
        return log.add(handed)
                .chain(() -> outbox.appendAll(List.of(ConsentEventMapper.foiLogged(handed, clock.instant()),
                        ConsentEventMapper.foiHandedOver(handed))))
                .replaceWith(handed);
    }

    /** P12.1: records that the request went to its contract's council (now when {@code at} is empty). */
    @WithTransaction
    public Uni<FoiRequest> handOver(UUID id, Optional<Instant> at, String actor) {
        return log.findForUpdate(id).chain(found -> {
            FoiRequest request = found.orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                    "No FOI request " + id));
            if (request.handedOver()) {
                throw new ProblemException(ProblemType.CONFLICT, "The FOI request was already handed to "
                        + request.council() + " at " + request.handedOverAt().get());
            }
            FoiRequest handed = handOver(request, at.orElseGet(clock::instant), actor);
            return log.handedOver(handed).chain(() -> outbox.append(ConsentEventMapper.foiHandedOver(handed)))
                    .replaceWith(handed);
        });
    }

    @WithSession
    public Uni<Page<FoiRequest>> newestFirst(Optional<String> contractId, int page, int size) {
        return Page.of(log.newestFirst(contractId, page, size), () -> log.count(contractId), page, size);
    }

    private static FoiRequest handOver(FoiRequest request, Instant at, String actor) {
        if (at.isBefore(request.receivedAt())) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "A request cannot be handed over before it was received");
        }
        return request.handedOver(at, actor);
    }
}
