package org.infoshare.consent.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.consent.domain.IdentifierKind;

/**
 * Find a person by one exact identifier. For NAME_AND_DATE_OF_BIRTH the value is
 * "given family|yyyy-mm-dd". The purpose is recorded with the lookup.
 */
public record LookupRequest(@NotNull IdentifierKind kind,
                            @NotBlank @Size(max = 300) String value,
                            @NotBlank @Size(max = 200) String purpose) {
}
