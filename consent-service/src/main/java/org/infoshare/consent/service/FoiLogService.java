package org.infoshare.consent.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.ConsentEventMapper;
import org.infoshare.consent.domain.FoiRequest;
import org.infoshare.consent.persistence.FoiRequestRepository;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Logs FOI requests and their hand-over to the responsible council (P12.1). */
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

    @WithTransaction
    public Uni<FoiRequest> record(Instant receivedAt, String summary, FoiRequest.Council council, Instant handedOverAt,
                                  String recordedBy) {
        if (handedOverAt.isBefore(receivedAt)) {
            return Uni.createFrom().failure(new ProblemException(ProblemType.UNPROCESSABLE,
                    "A request cannot be handed over before it was received"));
        }
        FoiRequest request = new FoiRequest(UUID.randomUUID(), receivedAt, summary, council, handedOverAt, recordedBy);
        return log.add(request)
                .chain(() -> outbox.append(ConsentEventMapper.foiLogged(request, clock.instant())))
                .replaceWith(request);
    }

    @WithSession
    public Uni<Page<FoiRequest>> newestFirst(int page, int size) {
        return Page.of(log.newestFirst(page, size), log::count, page, size);
    }
}
