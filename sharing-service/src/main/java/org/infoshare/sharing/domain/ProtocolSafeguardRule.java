package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * P5.1: partners attest their security measures and that their staff know the protocol, and may
 * declare a conflict of the protocol with the law. A regular flow under a protocol needs the
 * partner's current attestation: its latest one, with both halves attested, made within
 * {@link #ATTESTATION_VALID_FOR}. A declared conflict suspends the protocol until the DPO resolves
 * it: no share goes to the partner for that purpose meanwhile. Small providers work under
 * acknowledged guidance notes instead (P1.3), which this rule does not cover.
 */
public final class ProtocolSafeguardRule {

    public static final String ID = "P5.1";
    /** An attestation is renewed yearly, like the organisation's own policy acknowledgements. */
    public static final Duration ATTESTATION_VALID_FOR = Duration.ofDays(365);

    private ProtocolSafeguardRule() {
    }

    public static Optional<RuleResult> check(ShareContext context) {
        if (context.partner().isEmpty()) {
            return Optional.empty();
        }
        ProtocolSafeguards safeguards = context.safeguards();
        if (!safeguards.openConflicts().isEmpty()) {
            ConflictDeclaration first = safeguards.openConflicts().get(0);
            return Optional.of(RuleResult.refuse(ID, "protocol " + first.protocolId() + " is suspended: a conflict with "
                    + first.legalBasis() + " was declared on " + first.declaredAt() + ", until the DPO resolves it"));
        }
        Optional<Agreement> agreement = context.flow().agreement();
        if (agreement.isEmpty() || agreement.get().kind() != Agreement.Kind.PROTOCOL) {
            return Optional.empty();
        }
        UUID protocolId = agreement.get().id();
        Optional<Attestation> latest = safeguards.latestAttestation().filter(a -> a.protocolId().equals(protocolId));
        if (latest.isEmpty()) {
            return Optional.of(RuleResult.refuse(ID, context.request().partnerId()
                    + " has not attested its security measures and staff awareness for protocol " + protocolId));
        }
        Attestation a = latest.get();
        if (!a.securityMeasuresMet()) {
            return Optional.of(RuleResult.refuse(ID, "the latest attestation says the security measures are not met"));
        }
        if (!a.staffInformed()) {
            return Optional.of(RuleResult.refuse(ID, "the latest attestation says the staff have not been told the protocol"));
        }
        if (a.attestedAt().plus(ATTESTATION_VALID_FOR).isBefore(context.now())) {
            return Optional.of(RuleResult.refuse(ID, "the latest attestation, of " + a.attestedAt()
                    + ", is more than a year old: attest again"));
        }
        return Optional.of(RuleResult.satisfied(ID, "attested on " + a.attestedAt() + " for protocol " + protocolId));
    }
}
