package org.infoshare.consent.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.ConsentEventMapper;
import org.infoshare.consent.domain.InformationSheet;
import org.infoshare.consent.persistence.InformationSheetRepository;
import org.infoshare.messaging.outbox.Outbox;
import org.infoshare.web.Page;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Publishes information sheets: each publication of a piece of work is its next version. */
@ApplicationScoped
public class InformationSheetService {

    private final InformationSheetRepository sheets;
    private final Outbox outbox;
    private final Clock clock;

    public InformationSheetService(InformationSheetRepository sheets, Outbox outbox, Clock clock) {
        this.sheets = sheets;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Publishes the next version. The same content as the latest version is no new version: it is
     * refused with 409, so a repeated or double-sent publication leaves one version. Two
     * publications racing for the same next version meet on the unique (piece of work, version)
     * key; the one that commits second is answered 409 too.
     */
    @WithTransaction
    public Uni<InformationSheet> publish(String pieceOfWork, String title, String text, String documentReference,
                                         String publishedBy) {
        String contentHash = InformationSheet.contentHash(title, text, documentReference);
        return sheets.latest(pieceOfWork).chain(latest -> {
            if (latest.isPresent() && latest.get().contentHash().equals(contentHash)) {
                return Uni.createFrom().failure(new ProblemException(ProblemType.CONFLICT, "Version "
                        + latest.get().version() + " of this piece of work already has this content"));
            }
            int version = latest.map(InformationSheet::version).orElse(0) + 1;
            InformationSheet sheet = new InformationSheet(UUID.randomUUID(), pieceOfWork, version, title, text,
                    documentReference, contentHash, clock.instant());
            return sheets.add(sheet)
                    .chain(() -> outbox.append(ConsentEventMapper.sheetPublished(sheet, publishedBy)))
                    .replaceWith(sheet);
        });
    }

    @WithSession
    public Uni<Optional<InformationSheet>> find(UUID id) {
        return sheets.find(id);
    }

    @WithSession
    public Uni<Page<InformationSheet>> list(Optional<String> pieceOfWork, int page, int size) {
        return Page.of(sheets.list(pieceOfWork, page, size), () -> sheets.count(pieceOfWork), page, size);
    }
}
