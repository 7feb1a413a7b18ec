package org.infoshare.consent.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who a data subject is: the personal identifiers that exist only inside the vault, encrypted at
 * rest. Nothing outside consent-service ever sees them; elsewhere the person is a subject id.
 */
public record Identity(String givenName, String familyName, Optional<String> email, Optional<String> phone,
                       Optional<LocalDate> dateOfBirth, Optional<Address> address) {

    public record Address(List<String> lines, String town, String postcode) {
    }
}
