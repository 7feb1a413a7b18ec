package org.infoshare.consent.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.consent.domain.InformationSheet;
import org.infoshare.consent.persistence.InformationSheetRepository;
import org.infoshare.web.Page;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Publishes information sheets: each publication of a piece of work is its next version. */
@ApplicationScoped
public class InformationSheetService {

    private final InformationSheetRepository sheets;
    private final Clock clock;

    public InformationSheetService(InformationSheetRepository sheets, Clock clock) {
        this.sheets = sheets;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<InformationSheet> publish(String pieceOfWork, String title, String text, String documentReference) {
        return sheets.latestVersion(pieceOfWork).chain(latest -> {
            InformationSheet sheet = new InformationSheet(UUID.randomUUID(), pieceOfWork, latest + 1, title, text,
                    documentReference, InformationSheet.contentHash(title, text, documentReference), clock.instant());
            return sheets.add(sheet).replaceWith(sheet);
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
