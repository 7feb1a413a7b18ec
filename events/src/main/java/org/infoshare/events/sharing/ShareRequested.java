package org.infoshare.events.sharing;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.Added;
import org.infoshare.events.Nullable;
import org.infoshare.events.vocabulary.ShareBasis;

/**
 * Emitted by sharing-service when staff request a share of data with a partner (P1.4, P2.1, P6.3).
 *
 * @param shareRequestId The share request.
 * @param subjectId Pseudonymous data subject id; null for aggregate shares.
 * @param partnerId Recipient partner.
 * @param purpose Purpose of the share.
 * @param dataCategories Data categories requested.
 * @param identifiable True when identifiable (not pseudonymised) data is requested.
 * @param basis Basis the share relies on.
 * @param consentId Consent relied on when the basis is CONSENT.
 * @param requestedBy Opaque id of the requesting actor.
 * @param requestedAt When it was requested.
 * @param contractId The Healthwatch contract the share request belongs to (added; null in events written before contracts).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ShareRequested(
        UUID shareRequestId,
        @Nullable String subjectId,
        String partnerId,
        String purpose,
        List<String> dataCategories,
        boolean identifiable,
        ShareBasis basis,
        @Nullable UUID consentId,
        String requestedBy,
        Instant requestedAt,
        @Nullable @Added String contractId) implements SharingEvent {

    public ShareRequested {
        requireNonNull(shareRequestId, "shareRequestId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(purpose, "purpose");
        dataCategories = List.copyOf(requireNonNull(dataCategories, "dataCategories"));
        requireNonNull(basis, "basis");
        requireNonNull(requestedBy, "requestedBy");
        requireNonNull(requestedAt, "requestedAt");
    }

    /** A share request of no named contract (as written before contracts existed). */
    public ShareRequested(UUID shareRequestId, String subjectId, String partnerId, String purpose,
                          List<String> dataCategories, boolean identifiable, ShareBasis basis, UUID consentId,
                          String requestedBy, Instant requestedAt) {
        this(shareRequestId, subjectId, partnerId, purpose, dataCategories, identifiable, basis, consentId, requestedBy,
                requestedAt, null);
    }
}
