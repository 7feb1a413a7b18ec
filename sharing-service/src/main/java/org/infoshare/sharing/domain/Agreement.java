package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.ReleaseChannel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What governs a regular flow to a partner for a purpose: an agreed protocol, or for a small
 * provider the guidance version it acknowledged. Carries what the decision needs from it; a
 * protocol's agreed channel (P11.1), which guidance notes do not name.
 */
public record Agreement(Kind kind, UUID id, int version, List<String> purposes, List<String> dataCategories,
                        int staleConsentAfterDays, Optional<ReleaseChannel> channel) {

    public enum Kind { PROTOCOL, GUIDANCE_NOTE }

    public Agreement {
        purposes = List.copyOf(purposes);
        dataCategories = List.copyOf(dataCategories);
        java.util.Objects.requireNonNull(channel, "channel");
    }

    public static Agreement of(Protocol protocol) {
        return new Agreement(Kind.PROTOCOL, protocol.id(), 1, List.of(protocol.purpose()), protocol.dataCategories(),
                protocol.staleConsentAfterDays(), Optional.of(protocol.method().channel()));
    }

    public static Agreement of(GuidanceNote note) {
        return new Agreement(Kind.GUIDANCE_NOTE, note.id(), note.version(), note.purposes(), note.dataCategories(),
                note.staleConsentAfterDays(), Optional.empty());
    }
}
