package org.infoshare.sharing.domain;

import org.infoshare.events.consent.ConsentEvent;
import org.infoshare.events.consent.ConsentExpired;
import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.events.consent.ConsentReconfirmationRequested;
import org.infoshare.events.consent.ConsentReconfirmed;
import org.infoshare.events.consent.ConsentWithdrawn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What sharing-service knows of one consent, built only from consent-events, so the decision path
 * never asks consent-service. Every change is monotone: the scope given is replaced only by a
 * higher consent version, withdrawn parts are a growing union, withdrawal and expiry are final, and
 * confirmation times only move forward. Applying these events in any order, or twice, ends in the
 * same state, so an out-of-order or redelivered event can never move a consent backwards. The one
 * exception is the pending request for re-confirmation (its event has no version): a
 * re-confirmation clears it. Both come from consent-service's outbox under one key, so they arrive
 * in the order they were made, and a redelivery is skipped by the idempotent consumer.
 */
public record ConsentProjection(UUID consentId, String subjectId, long version, long givenVersion,
                                List<String> purposes, List<String> dataCategories,
                                List<String> recipientPartnerIds, List<String> recipientPartnerKinds,
                                List<String> withdrawnPurposes, List<String> withdrawnPartnerIds,
                                List<String> withdrawnPartnerKinds, boolean wholeWithdrawn, boolean expired,
                                Optional<Instant> lastConfirmedAt, int reconfirmAfterDays, Optional<Instant> expiresAt,
                                Optional<Instant> reconfirmationRequestedAt) {

    public enum State { UNKNOWN, ACTIVE, RECONFIRMATION_DUE, WITHDRAWN, EXPIRED }

    public ConsentProjection {
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(subjectId, "subjectId");
        purposes = List.copyOf(purposes);
        dataCategories = List.copyOf(dataCategories);
        recipientPartnerIds = List.copyOf(recipientPartnerIds);
        recipientPartnerKinds = List.copyOf(recipientPartnerKinds);
        withdrawnPurposes = List.copyOf(withdrawnPurposes);
        withdrawnPartnerIds = List.copyOf(withdrawnPartnerIds);
        withdrawnPartnerKinds = List.copyOf(withdrawnPartnerKinds);
    }

    /** Before any event: nothing is known, so nothing is covered. */
    public static ConsentProjection unknown(UUID consentId, String subjectId) {
        return new ConsentProjection(consentId, subjectId, 0, 0, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), false, false, Optional.empty(), 0, Optional.empty(), Optional.empty());
    }

    public ConsentProjection apply(ConsentEvent event) {
        if (event instanceof ConsentGiven given) {
            return given.consentVersion() <= givenVersion
                    ? seen(given.consentVersion())
                    : new ConsentProjection(consentId, subjectId, Math.max(version, given.consentVersion()),
                            given.consentVersion(), given.purposes(), given.dataCategories(),
                            given.recipientPartnerIds(), given.recipientPartnerKinds(), withdrawnPurposes,
                            withdrawnPartnerIds, withdrawnPartnerKinds, wholeWithdrawn, expired,
                            later(lastConfirmedAt, given.capturedAt()), given.reconfirmAfterDays(),
                            Optional.ofNullable(given.expiresAt()), reconfirmationRequestedAt);
        }
        if (event instanceof ConsentWithdrawn withdrawn) {
            return new ConsentProjection(consentId, subjectId,
                    Math.max(version, withdrawn.consentVersion()), givenVersion, purposes, dataCategories,
                    recipientPartnerIds, recipientPartnerKinds, union(withdrawnPurposes, withdrawn.withdrawnPurposes()),
                    union(withdrawnPartnerIds, withdrawn.withdrawnRecipientPartnerIds()),
                    union(withdrawnPartnerKinds, withdrawn.withdrawnRecipientPartnerKinds()),
                    wholeWithdrawn || withdrawn.wholeConsent(), expired, lastConfirmedAt, reconfirmAfterDays, expiresAt,
                    reconfirmationRequestedAt);
        }
        if (event instanceof ConsentReconfirmed reconfirmed) {
            return new ConsentProjection(consentId, subjectId,
                    Math.max(version, reconfirmed.consentVersion()), givenVersion, purposes, dataCategories,
                    recipientPartnerIds, recipientPartnerKinds, withdrawnPurposes, withdrawnPartnerIds,
                    withdrawnPartnerKinds, wholeWithdrawn, expired, later(lastConfirmedAt, reconfirmed.reconfirmedAt()),
                    reconfirmAfterDays, expiresAt, Optional.empty());
        }
        if (event instanceof ConsentExpired expiry) {
            return new ConsentProjection(consentId, subjectId,
                    Math.max(version, expiry.consentVersion()), givenVersion, purposes, dataCategories,
                    recipientPartnerIds, recipientPartnerKinds, withdrawnPurposes, withdrawnPartnerIds,
                    withdrawnPartnerKinds, wholeWithdrawn, true, lastConfirmedAt, reconfirmAfterDays, expiresAt,
                    reconfirmationRequestedAt);
        }
        if (event instanceof ConsentReconfirmationRequested requested) {
            return new ConsentProjection(consentId, subjectId, version,
                    givenVersion, purposes, dataCategories, recipientPartnerIds, recipientPartnerKinds,
                    withdrawnPurposes, withdrawnPartnerIds, withdrawnPartnerKinds, wholeWithdrawn, expired,
                    lastConfirmedAt, reconfirmAfterDays, expiresAt,
                    later(reconfirmationRequestedAt, requested.requestedAt()));
        }
        return this;
    }

    public State state() {
        if (wholeWithdrawn) {
            return State.WITHDRAWN;
        }
        if (expired) {
            return State.EXPIRED;
        }
        if (givenVersion == 0) {
            return State.UNKNOWN;
        }
        return reconfirmationRequestedAt.isPresent() ? State.RECONFIRMATION_DUE : State.ACTIVE;
    }

    /** Purposes still consented to: given minus withdrawn. */
    public List<String> effectivePurposes() {
        return minus(purposes, withdrawnPurposes);
    }

    public List<String> effectivePartnerIds() {
        return minus(recipientPartnerIds, withdrawnPartnerIds);
    }

    public List<String> effectivePartnerKinds() {
        return minus(recipientPartnerKinds, withdrawnPartnerKinds);
    }

    /** Whether the consent, as it stands, lets this recipient have these categories for this purpose. */
    public boolean covers(String purpose, String partnerId, PartnerKind partnerKind, List<String> categories) {
        boolean recipient = effectivePartnerIds().contains(partnerId)
                || effectivePartnerKinds().contains(partnerKind.name());
        return effectivePurposes().contains(purpose) && recipient && dataCategories.containsAll(categories);
    }

    private ConsentProjection seen(long eventVersion) {
        return new ConsentProjection(consentId, subjectId, Math.max(version, eventVersion), givenVersion, purposes,
                dataCategories, recipientPartnerIds, recipientPartnerKinds, withdrawnPurposes, withdrawnPartnerIds,
                withdrawnPartnerKinds, wholeWithdrawn, expired, lastConfirmedAt, reconfirmAfterDays, expiresAt,
                reconfirmationRequestedAt);
    }

    private static Optional<Instant> later(Optional<Instant> held, Instant candidate) {
        return Optional.of(held.filter(h -> h.isAfter(candidate)).orElse(candidate));
    }

    private static List<String> union(List<String> held, List<String> added) {
        List<String> all = new ArrayList<>(held);
        added.stream().filter(item -> !all.contains(item)).forEach(all::add);
        return all;
    }

    private static List<String> minus(List<String> held, List<String> removed) {
        return held.stream().filter(item -> !removed.contains(item)).toList();
    }
}
