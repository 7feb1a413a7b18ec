package org.infoshare.sharing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "protocol_attestation")
class AttestationEntity {

    @Id
    UUID id;
    @Column(name = "protocol_id", nullable = false)
    UUID protocolId;
    @Column(name = "partner_id", nullable = false)
    String partnerId;
    @Column(name = "security_measures_met", nullable = false)
    boolean securityMeasuresMet;
    @Column(name = "staff_informed", nullable = false)
    boolean staffInformed;
    @Column
    String statement;
    @Column(name = "attested_by", nullable = false)
    String attestedBy;
    @Column(name = "attested_at", nullable = false)
    Instant attestedAt;
}
