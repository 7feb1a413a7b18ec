package org.infoshare.consent.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "person_link_dispatch")
class PersonLinkDispatchEntity {

    @Id
    @Column(name = "link_id")
    UUID linkId;

    @Column(nullable = false)
    String channel;

    @Column(name = "key_id", nullable = false)
    Long keyId;

    @Column(name = "content_ciphertext", nullable = false)
    byte[] contentCiphertext;

    @Column(name = "dispatched_at", nullable = false)
    Instant dispatchedAt;
}
