package org.infoshare.sharing.domain;

import java.util.List;
import java.util.UUID;

/**
 * What governs a regular flow to a partner for a purpose: an agreed protocol, or for a small
 * provider the guidance version it acknowledged. Carries what the decision needs from it.
 */
public record Agreement(Kind kind, UUID id, int version, List<String> purposes, List<String> dataCategories,
                        int staleConsentAfterDays) {

    public enum Kind { PROTOCOL, GUIDANCE_NOTE }

    public Agreement {
        purposes = List.copyOf(purposes);
        dataCategories = List.copyOf(dataCategories);
    }

    public static Agreement of(Protocol protocol) {
        return new Agreement(Kind.PROTOCOL, protocol.id(), 1, List.of(protocol.purpose()), protocol.dataCategories(),
                protocol.staleConsentAfterDays());
    }

    public static Agreement of(GuidanceNote note) {
        return new Agreement(Kind.GUIDANCE_NOTE, note.id(), note.version(), note.purposes(), note.dataCategories(),
                note.staleConsentAfterDays());
    }
}
