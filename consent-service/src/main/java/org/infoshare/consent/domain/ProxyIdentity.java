package org.infoshare.consent.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Who consented for a person who lacks capacity (P6.9): the attorney or deputy, their relationship
 * to the person and how to reach them. Personal data, so it lives only in the vault, encrypted.
 */
public record ProxyIdentity(String givenName, String familyName, String relationship, Optional<String> contact) {

    public ProxyIdentity {
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(relationship, "relationship");
        contact = contact == null ? Optional.empty() : contact;
    }
}
