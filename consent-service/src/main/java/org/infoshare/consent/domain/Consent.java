package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.Article9Condition;
import org.infoshare.events.vocabulary.LawfulBasis;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An informed, explicit consent of one person (P6.5): what it covers, how the data will be
 * handled, on which lawful basis, how it was captured, which information sheet version the person
 * was given, and when it must be re-confirmed. {@code version} counts its changes, so consumers
 * can order them.
 */
public record Consent(UUID id, String subjectId, long version, ConsentState state, ConsentScope scope,
                      String handling, LawfulBasis lawfulBasis, Optional<Article9Condition> article9Condition,
                      Capture capture, UUID informationSheetId, int informationSheetVersion, int reconfirmAfterDays,
                      Optional<Instant> expiresAt, Instant lastConfirmedAt, Optional<ProxyAuthority> proxy,
                      String contractId) {

    public Consent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(lastConfirmedAt, "lastConfirmedAt");
        Objects.requireNonNull(contractId, "contractId");
    }

    public Consent withState(ConsentState newState) {
        return new Consent(id, subjectId, version + 1, newState, scope, handling, lawfulBasis, article9Condition,
                capture, informationSheetId, informationSheetVersion, reconfirmAfterDays, expiresAt,
                lastConfirmedAt, proxy, contractId);
    }

    public Consent withScope(ConsentScope newScope, ConsentState newState) {
        return new Consent(id, subjectId, version + 1, newState, newScope, handling, lawfulBasis, article9Condition,
                capture, informationSheetId, informationSheetVersion, reconfirmAfterDays, expiresAt,
                lastConfirmedAt, proxy, contractId);
    }

    public Consent reconfirmedAt(Instant at) {
        return new Consent(id, subjectId, version + 1, ConsentState.ACTIVE, scope, handling, lawfulBasis,
                article9Condition, capture, informationSheetId, informationSheetVersion, reconfirmAfterDays,
                expiresAt, at, proxy, contractId);
    }
}
