package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.Sensitivity;
import org.infoshare.events.vocabulary.ShareBasis;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A request to share data with a partner. Without a subject it is non-personal (aggregate) data,
 * the default (P1.4); with one it is personal data, pseudonymised unless {@code identifiable} with
 * its reason (P6.3), on exactly one basis (P2.1) with its GDPR lawful condition where it is not
 * consent (P4.1). Its payload is already generalised (P7.1).
 */
public record ShareRequest(UUID id, Optional<String> subjectId, String partnerId, String purpose,
                           List<String> dataCategories, boolean identifiable, Optional<String> identifiableReason,
                           ShareBasis basis, Optional<UUID> consentId, Optional<String> legalReference,
                           Optional<String> proportionality, Optional<Sensitivity> sensitivity,
                           String requestedBy, Instant requestedAt, Payload payload,
                           Optional<LawfulCondition> lawfulCondition, String contractId) {

    public ShareRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(purpose, "purpose");
        dataCategories = List.copyOf(dataCategories);
        Objects.requireNonNull(identifiableReason, "identifiableReason");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(consentId, "consentId");
        Objects.requireNonNull(legalReference, "legalReference");
        Objects.requireNonNull(proportionality, "proportionality");
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(lawfulCondition, "lawfulCondition");
    }

    /**
     * A request not yet given its Healthwatch contract ({@link #withContract}); the API gives every
     * request one before it is decided and stored.
     */
    public ShareRequest(UUID id, Optional<String> subjectId, String partnerId, String purpose,
                        List<String> dataCategories, boolean identifiable, Optional<String> identifiableReason,
                        ShareBasis basis, Optional<UUID> consentId, Optional<String> legalReference,
                        Optional<String> proportionality, Optional<Sensitivity> sensitivity,
                        String requestedBy, Instant requestedAt, Payload payload,
                        Optional<LawfulCondition> lawfulCondition) {
        this(id, subjectId, partnerId, purpose, dataCategories, identifiable, identifiableReason, basis, consentId,
                legalReference, proportionality, sensitivity, requestedBy, requestedAt, payload, lawfulCondition, null);
    }

    /** A request that names no Art. 6(1) / Art. 9(2) condition (P4.1). */
    public ShareRequest(UUID id, Optional<String> subjectId, String partnerId, String purpose,
                        List<String> dataCategories, boolean identifiable, Optional<String> identifiableReason,
                        ShareBasis basis, Optional<UUID> consentId, Optional<String> legalReference,
                        Optional<String> proportionality, Optional<Sensitivity> sensitivity,
                        String requestedBy, Instant requestedAt, Payload payload) {
        this(id, subjectId, partnerId, purpose, dataCategories, identifiable, identifiableReason, basis, consentId,
                legalReference, proportionality, sensitivity, requestedBy, requestedAt, payload, Optional.empty());
    }

    /** A request whose payload does not matter to the caller (the rules that do not read it). */
    public ShareRequest(UUID id, Optional<String> subjectId, String partnerId, String purpose,
                        List<String> dataCategories, boolean identifiable, Optional<String> identifiableReason,
                        ShareBasis basis, Optional<UUID> consentId, Optional<String> legalReference,
                        Optional<String> proportionality, Optional<Sensitivity> sensitivity,
                        String requestedBy, Instant requestedAt) {
        this(id, subjectId, partnerId, purpose, dataCategories, identifiable, identifiableReason, basis, consentId,
                legalReference, proportionality, sensitivity, requestedBy, requestedAt, Payload.none());
    }

    public ShareRequest withPayload(Payload replaced) {
        return new ShareRequest(id, subjectId, partnerId, purpose, dataCategories, identifiable, identifiableReason,
                basis, consentId, legalReference, proportionality, sensitivity, requestedBy, requestedAt, replaced,
                lawfulCondition, contractId);
    }

    public ShareRequest withLawfulCondition(Optional<LawfulCondition> condition) {
        return new ShareRequest(id, subjectId, partnerId, purpose, dataCategories, identifiable, identifiableReason,
                basis, consentId, legalReference, proportionality, sensitivity, requestedBy, requestedAt, payload,
                condition, contractId);
    }

    /** The request under the Healthwatch contract it belongs to. */
    public ShareRequest withContract(String contract) {
        return new ShareRequest(id, subjectId, partnerId, purpose, dataCategories, identifiable, identifiableReason,
                basis, consentId, legalReference, proportionality, sensitivity, requestedBy, requestedAt, payload,
                lawfulCondition, contract);
    }

    public boolean personal() {
        return subjectId.isPresent();
    }
}
