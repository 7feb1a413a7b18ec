package org.infoshare.sharing.domain;

import java.time.Instant;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a share decision reads, gathered from sharing-service's own tables: the request, the
 * recipient, what governs the flow (P1.2/P1.3), and the consent as projected from consent-events, and the k of the
 * k-anonymity check (P7.1), and the protocol's attestation and open conflicts with the law (P5.1), and how long a record stays verified (P9.1).
 */
public record ShareContext(ShareRequest request, Optional<Partner> partner, RegularFlowRule.Result flow,
                           Optional<ConsentProjection> consent, Instant now, int k, ProtocolSafeguards safeguards,
                           Period staleAfter) {

    public ShareContext {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(safeguards, "safeguards");
        Objects.requireNonNull(staleAfter, "staleAfter");
        if (k < 2) {
            throw new IllegalArgumentException("k-anonymity needs k of at least 2");
        }
    }

    /** With the default stale-after period of records (P9.1). */
    public ShareContext(ShareRequest request, Optional<Partner> partner, RegularFlowRule.Result flow,
                        Optional<ConsentProjection> consent, Instant now, int k, ProtocolSafeguards safeguards) {
        this(request, partner, flow, consent, now, k, safeguards, RecordAccuracyRule.DEFAULT_STALE_AFTER);
    }

    /** Without any attestation or conflict (P5.1): a protocol-governed flow is then refused. */
    public ShareContext(ShareRequest request, Optional<Partner> partner, RegularFlowRule.Result flow,
                        Optional<ConsentProjection> consent, Instant now, int k) {
        this(request, partner, flow, consent, now, k, ProtocolSafeguards.none());
    }

    /** With the default k of the k-anonymity check (P7.1), and no attestation or conflict (P5.1). */
    public ShareContext(ShareRequest request, Optional<Partner> partner, RegularFlowRule.Result flow,
                        Optional<ConsentProjection> consent, Instant now) {
        this(request, partner, flow, consent, now, KAnonymityRule.DEFAULT_K);
    }

    public ShareContext withSafeguards(ProtocolSafeguards replaced) {
        return new ShareContext(request, partner, flow, consent, now, k, replaced, staleAfter);
    }

    public ShareContext withStaleAfter(Period replaced) {
        return new ShareContext(request, partner, flow, consent, now, k, safeguards, replaced);
    }
}
