package org.infoshare.consent.persistence;

import org.infoshare.consent.domain.Identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The plaintext shape of an identity inside the vault's ciphertext. */
record IdentityDocument(String givenName, String familyName, String email, String phone, LocalDate dateOfBirth,
                        List<String> addressLines, String town, String postcode) {

    static IdentityDocument of(Identity identity) {
        return new IdentityDocument(identity.givenName(), identity.familyName(), identity.email().orElse(null),
                identity.phone().orElse(null), identity.dateOfBirth().orElse(null),
                identity.address().map(Identity.Address::lines).orElse(null),
                identity.address().map(Identity.Address::town).orElse(null),
                identity.address().map(Identity.Address::postcode).orElse(null));
    }

    Identity toIdentity() {
        Optional<Identity.Address> address = addressLines == null && town == null && postcode == null
                ? Optional.empty()
                : Optional.of(new Identity.Address(addressLines == null ? List.of() : addressLines, town, postcode));
        return new Identity(givenName, familyName, Optional.ofNullable(email), Optional.ofNullable(phone),
                Optional.ofNullable(dateOfBirth), address);
    }
}
