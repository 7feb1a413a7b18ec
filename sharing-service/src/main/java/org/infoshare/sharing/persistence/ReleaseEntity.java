package org.infoshare.sharing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "release")
class ReleaseEntity {

    @Id
    UUID id;
    @Column(name = "share_request_id", nullable = false)
    UUID shareRequestId;
    @Column(name = "parent_release_id")
    UUID parentReleaseId;
    @Column(name = "partner_id", nullable = false)
    String partnerId;
    @Column(name = "subject_id")
    String subjectId;
    @Column(name = "subject_ref")
    String subjectRef;
    @Column(name = "consent_id")
    UUID consentId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> purposes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories", nullable = false)
    List<String> dataCategories;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "withheld_categories", nullable = false)
    List<String> withheldCategories;
    @Column(nullable = false)
    boolean identifiable;
    // Written once, at the insert: afterwards only SealedPayloads (re-sealing) and the destroy
    // statements of ReleaseRepository (P11.1) change these.
    /** Plain JSON of a row written before V15, until re-sealed; never written now. */
    @Column(name = "content_json", updatable = false)
    String contentJson;
    @Column(name = "content_sealed", updatable = false)
    String contentSealed;
    @Column(name = "content_key_id", updatable = false)
    Integer contentKeyId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> terms;
    @Column(nullable = false)
    String sensitivity;
    @Column(nullable = false)
    String channel;
    @Column(nullable = false)
    String status;
    @Column(name = "released_at", nullable = false)
    Instant releasedAt;
    @Column(name = "withdrawn_at")
    Instant withdrawnAt;
    @Column(name = "fetch_count", nullable = false)
    int fetchCount;
    @Column(name = "last_fetched_at")
    Instant lastFetchedAt;
    @Column(name = "protocol_id")
    UUID protocolId;
    @Column(name = "delivered_at")
    Instant deliveredAt;
    @Column(name = "delivered_by")
    String deliveredBy;
    @Column(name = "payload_destroyed_at")
    Instant payloadDestroyedAt;
    @Column(name = "payload_destruction_cause")
    String payloadDestructionCause;
}
