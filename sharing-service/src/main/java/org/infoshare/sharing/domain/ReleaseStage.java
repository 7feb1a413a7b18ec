package org.infoshare.sharing.domain;

/**
 * Where a release is in its lifecycle (P11.1), the latest step reached: STORED on release; FETCHED
 * once it first reached its recipient (fetched by the partner, or sent by secure e-mail by staff);
 * WITHDRAWN with its consent (P6.8); DESTROYED once its payload is removed (its record stays).
 */
public enum ReleaseStage {
    STORED,
    FETCHED,
    WITHDRAWN,
    DESTROYED
}
