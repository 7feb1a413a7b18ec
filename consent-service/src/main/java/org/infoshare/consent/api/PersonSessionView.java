package org.infoshare.consent.api;

import java.time.Instant;

/** A redeemed link's session: the handle (given out this once; only its hash is kept) and when it ends. */
public record PersonSessionView(String handle, Instant expiresAt) {
}
