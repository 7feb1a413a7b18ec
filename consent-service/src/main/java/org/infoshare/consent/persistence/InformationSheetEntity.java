package org.infoshare.consent.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "information_sheet")
class InformationSheetEntity {

    @Id
    UUID id;

    @Column(name = "piece_of_work", nullable = false)
    String pieceOfWork;

    @Column(nullable = false)
    int version;

    @Column(nullable = false)
    String title;

    String body;

    @Column(name = "document_reference")
    String documentReference;

    @Column(name = "content_hash", nullable = false)
    String contentHash;

    @Column(name = "published_at", nullable = false)
    Instant publishedAt;
}
