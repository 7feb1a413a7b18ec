package org.infoshare.consent.persistence;

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
@Table(name = "person_release")
class PersonReleaseEntity {

    @Id
    @Column(name = "release_id")
    UUID releaseId;

    @Column(name = "subject_id", nullable = false)
    String subjectId;

    @Column(name = "partner_id", nullable = false)
    String partnerId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> purposes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories", nullable = false)
    List<String> dataCategories;

    @Column(name = "released_at", nullable = false)
    Instant releasedAt;
}
