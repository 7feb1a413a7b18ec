package org.infoshare.sharing.domain;

/** A release can be fetched while RELEASED; once its consent is withdrawn it is WITHDRAWN for good (P6.8). */
public enum ReleaseStatus {
    RELEASED,
    WITHDRAWN
}
