package org.infoshare.sharing.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "partner")
class PartnerEntity {

    @Id
    String id;
    @Column(nullable = false)
    String name;
    @Column(nullable = false)
    String kind;
    @Column(name = "small_provider_kind")
    String smallProviderKind;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> purposes;
    /** P3.1: the routes a safeguarding team takes; empty for every other partner. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "safeguarding_routes", nullable = false)
    List<String> safeguardingRoutes;
    @Column(name = "webhook_url")
    String webhookUrl;
    @Column(name = "webhook_secret_encrypted")
    String webhookSecretEncrypted;
    @Column(name = "pseudonym_key_encrypted")
    String pseudonymKeyEncrypted;
    @Column(name = "registered_at", nullable = false)
    Instant registeredAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
}
