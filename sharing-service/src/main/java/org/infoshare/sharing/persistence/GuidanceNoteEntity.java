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
@Table(name = "guidance_note")
class GuidanceNoteEntity {

    @Id
    UUID id;
    @Column(name = "small_provider_kind", nullable = false)
    String smallProviderKind;
    @Column(nullable = false)
    int version;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> purposes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories", nullable = false)
    List<String> dataCategories;
    @Column(name = "method_of_disclosure", nullable = false)
    String methodOfDisclosure;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "security_measures", nullable = false)
    List<String> securityMeasures;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "limits_on_use", nullable = false)
    List<String> limitsOnUse;
    @Column(name = "stale_consent_after_days", nullable = false)
    int staleConsentAfterDays;
    @Column(name = "published_at", nullable = false)
    Instant publishedAt;
}
