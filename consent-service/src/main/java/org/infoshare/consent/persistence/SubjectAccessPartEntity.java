package org.infoshare.consent.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "subject_access_part")
@IdClass(SubjectAccessPartEntity.Key.class)
class SubjectAccessPartEntity {

    @Id
    @Column(name = "request_id")
    UUID requestId;

    @Id
    String service;

    @Column(nullable = false)
    String completeness;

    @Column(name = "omitted_records", nullable = false)
    int omittedRecords;

    @Column(name = "records_json", nullable = false)
    String recordsJson;

    @Column(name = "prepared_at", nullable = false)
    Instant preparedAt;

    @Column(name = "received_at", nullable = false)
    Instant receivedAt;

    /** One part per request and service. */
    static class Key implements Serializable {
        UUID requestId;
        String service;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(requestId, k.requestId) && Objects.equals(service, k.service);
        }

        @Override
        public int hashCode() {
            return Objects.hash(requestId, service);
        }
    }
}
