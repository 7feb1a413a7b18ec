package org.infoshare.sharing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "guidance_acknowledgement")
class GuidanceAcknowledgementEntity {

    @Id
    UUID id;
    @Column(name = "guidance_note_id", nullable = false)
    UUID guidanceNoteId;
    @Column(name = "partner_id", nullable = false)
    String partnerId;
    @Column(name = "acknowledged_by", nullable = false)
    String acknowledgedBy;
    @Column(name = "acknowledged_at", nullable = false)
    Instant acknowledgedAt;
}
