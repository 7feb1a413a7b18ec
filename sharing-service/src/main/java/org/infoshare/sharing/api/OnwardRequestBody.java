package org.infoshare.sharing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A partner asks to pass one of its releases on (P10.1), for one of the release's purposes. */
public record OnwardRequestBody(
        @NotNull @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String recipientPartnerId,
        @NotNull @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String purpose,
        @NotBlank @Size(min = 20, max = 4000) String justification) {
}
