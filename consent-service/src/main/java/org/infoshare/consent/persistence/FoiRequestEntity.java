package org.infoshare.consent.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "foi_request")
class FoiRequestEntity {

    @Id
    UUID id;
    @Column(name = "received_at", nullable = false)
    Instant receivedAt;
    @Column(nullable = false)
    String summary;
    @Column(name = "contract_id", nullable = false)
    String contractId;
    @Column(nullable = false)
    String council;
    @Column(name = "council_foi_contact")
    String councilFoiContact;
    @Column(name = "handed_over_at")
    Instant handedOverAt;
    @Column(name = "handed_over_by")
    String handedOverBy;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
}
