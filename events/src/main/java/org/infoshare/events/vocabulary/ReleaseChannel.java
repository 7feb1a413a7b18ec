package org.infoshare.events.vocabulary;

/** Channel a release is transmitted by (P11.1). */
public enum ReleaseChannel {
    /** Fetched by the partner from the partner portal. */
    PORTAL,
    /** Sent by encrypted e-mail. */
    SECURE_EMAIL,
    /** Fetched by the partner through the authenticated partner API. */
    SECURE_API
}
