package org.infoshare.consent.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The person's explicit re-confirmation, captured like a consent (P6.6). */
public record ReconfirmConsentRequest(@NotNull @Valid GiveConsentRequest.CaptureRequest capture) {
}
