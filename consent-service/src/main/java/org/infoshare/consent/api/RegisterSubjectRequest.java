package org.infoshare.consent.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.consent.domain.Capacity;

import java.time.LocalDate;
import java.util.List;

/** A person to register in the vault; only given and family name are required. */
public record RegisterSubjectRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "must be a telephone number") String phone,
        @Past LocalDate dateOfBirth,
        @Valid AddressRequest address,
        Capacity.Status capacity) {

    public record AddressRequest(
            @NotNull @Size(min = 1, max = 4) List<@NotBlank @Size(max = 100) String> lines,
            @Size(max = 100) String town,
            @Pattern(regexp = "[A-Za-z0-9 ]{2,10}", message = "must be a postcode") String postcode) {
    }
}
