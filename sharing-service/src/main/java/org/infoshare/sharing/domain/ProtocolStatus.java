package org.infoshare.sharing.domain;

import java.util.Set;

/** The life of an information sharing protocol (P1.2). An expired protocol never comes back. */
public enum ProtocolStatus {
    DRAFT,
    AGREED,
    SUSPENDED,
    EXPIRED;

    public boolean canMoveTo(ProtocolStatus next) {
        return switch (this) {
            case DRAFT -> Set.of(AGREED, EXPIRED).contains(next);
            case AGREED -> Set.of(SUSPENDED, EXPIRED).contains(next);
            case SUSPENDED -> Set.of(AGREED, EXPIRED).contains(next);
            case EXPIRED -> false;
        };
    }
}
