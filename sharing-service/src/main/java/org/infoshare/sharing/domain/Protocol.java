package org.infoshare.sharing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An information sharing protocol with one partner for one purpose (P1.2). It also sets the data
 * categories that purpose allows (P9.1) and how old a consent may be before a share under it is
 * held for re-confirmation (P6.7).
 */
public record Protocol(UUID id, String partnerId, String purpose, String triggerCircumstances,
                       DisclosureMethod method, List<String> securityMeasures, List<String> limitsOnUse,
                       List<String> dataCategories, int staleConsentAfterDays, ProtocolStatus status,
                       LocalDate reviewDate, Instant createdAt, Instant updatedAt) {

    public Protocol {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(triggerCircumstances, "triggerCircumstances");
        Objects.requireNonNull(method, "method");
        securityMeasures = List.copyOf(securityMeasures);
        limitsOnUse = List.copyOf(limitsOnUse);
        dataCategories = List.copyOf(dataCategories);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reviewDate, "reviewDate");
    }

    public Protocol withStatus(ProtocolStatus next, Instant at) {
        return new Protocol(id, partnerId, purpose, triggerCircumstances, method, securityMeasures, limitsOnUse,
                dataCategories, staleConsentAfterDays, next, reviewDate, createdAt, at);
    }
}
