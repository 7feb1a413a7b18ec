package org.infoshare.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's request for the data held about them (P12.2), taken by any channel and in any
 * words. The person is known here only by the vault's pseudonymous subject id. Nothing is
 * released before their identity is verified; the deadline pauses while the organisation waits
 * for identity or clarification and may be extended by up to two months with a reason.
 */
public record SubjectAccessRequest(UUID id, String subjectId, RequestChannel channel, Instant receivedAt,
                                   String recordedBy, Instant recordedAt, Status status,
                                   Optional<IdentityVerification> identity, Optional<Pause> pause, int pausedDays,
                                   int extensionMonths, Optional<String> extensionReason) {

    public static final int MAX_EXTENSION_MONTHS = 2;

    public SubjectAccessRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(status, "status");
    }

    /** How the request reached the organisation: verbally and in writing both count. */
    public enum RequestChannel { PHONE, LETTER, IN_PERSON, EMAIL, WEB, OTHER }

    public enum Status { AWAITING_IDENTITY, IN_PROGRESS, PAUSED }

    public enum PauseReason { IDENTITY, CLARIFICATION }

    public record IdentityVerification(String method, String verifiedBy, Instant verifiedAt) {
    }

    public record Pause(PauseReason reason, LocalDate since) {
    }

    public static SubjectAccessRequest received(UUID id, String subjectId, RequestChannel channel, Instant receivedAt,
                                                String recordedBy, Instant now) {
        return new SubjectAccessRequest(id, subjectId, channel, receivedAt, recordedBy, now, Status.AWAITING_IDENTITY,
                Optional.empty(), Optional.empty(), 0, 0, Optional.empty());
    }

    public LocalDate dueDate() {
        return SubjectAccessDeadline.dueDate(receivedAt, pausedDays, extensionMonths);
    }

    public boolean identityVerified() {
        return identity.isPresent();
    }

    /** Identity verified: work goes on, and a pause for identity ends. */
    public SubjectAccessRequest verified(IdentityVerification verification, LocalDate today) {
        SubjectAccessRequest resumed = pause.filter(p -> p.reason() == PauseReason.IDENTITY).isPresent()
                ? resumed(today) : this;
        return new SubjectAccessRequest(id, subjectId, channel, receivedAt, recordedBy, recordedAt,
                resumed.status == Status.PAUSED ? Status.PAUSED : Status.IN_PROGRESS, Optional.of(verification),
                resumed.pause, resumed.pausedDays, extensionMonths, extensionReason);
    }

    public SubjectAccessRequest paused(PauseReason reason, LocalDate today) {
        if (pause.isPresent()) {
            throw new IllegalStateException("the request is already paused");
        }
        return new SubjectAccessRequest(id, subjectId, channel, receivedAt, recordedBy, recordedAt, Status.PAUSED,
                identity, Optional.of(new Pause(reason, today)), pausedDays, extensionMonths, extensionReason);
    }

    /** The days spent paused push the deadline back by as many days. */
    public SubjectAccessRequest resumed(LocalDate today) {
        Pause current = pause.orElseThrow(() -> new IllegalStateException("the request is not paused"));
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(current.since(), today));
        return new SubjectAccessRequest(id, subjectId, channel, receivedAt, recordedBy, recordedAt,
                identity.isPresent() ? Status.IN_PROGRESS : Status.AWAITING_IDENTITY, identity, Optional.empty(),
                pausedDays + days, extensionMonths, extensionReason);
    }

    public SubjectAccessRequest extended(int months, String reason) {
        if (months < 1 || extensionMonths + months > MAX_EXTENSION_MONTHS) {
            throw new IllegalArgumentException("a request may be extended by two months at most in all");
        }
        return new SubjectAccessRequest(id, subjectId, channel, receivedAt, recordedBy, recordedAt, status, identity,
                pause, pausedDays, extensionMonths + months, Optional.of(reason));
    }
}
