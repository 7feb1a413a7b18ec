package org.infoshare.sharing.domain;

/**
 * A release can be fetched while RELEASED and its payload is held; once its consent is withdrawn it is
 * WITHDRAWN for good (P6.8). A payload destroyed after its retention leaves it RELEASED (the partner
 * still holds what it fetched, and a withdrawal still reaches it); see {@link ReleaseStage} (P11.1).
 */
public enum ReleaseStatus {
    RELEASED,
    WITHDRAWN
}
