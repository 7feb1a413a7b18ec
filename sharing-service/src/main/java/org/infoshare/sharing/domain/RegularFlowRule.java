package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * P1.2 / P1.3: no regular flow without an agreed, unexpired protocol for the purpose, or, for a
 * small provider, the current guidance version for its kind acknowledged by that partner. A
 * protocol past its review date counts as expired until it is reviewed. Either way the partner
 * itself must be agreed to receive data for the purpose (P1.1).
 */
public final class RegularFlowRule {

    private RegularFlowRule() {
    }

    /** The agreement governing the flow, and the rule's finding: what governs it, or why nothing does. */
    public record Result(Optional<Agreement> agreement, RuleResult finding) {

        static Result refused(String ruleId, String explanation) {
            return new Result(Optional.empty(), RuleResult.refuse(ruleId, explanation));
        }

        static Result governedBy(Agreement agreement, String ruleId, String explanation) {
            return new Result(Optional.of(agreement), RuleResult.satisfied(ruleId, explanation));
        }

        /** The finding in words, its policy id first. */
        public String reason() {
            return finding.describe();
        }
    }

    public static Result governing(Partner partner, String purpose, List<Protocol> protocols,
                                   Optional<GuidanceNote> currentGuidance, Set<UUID> acknowledgedGuidance,
                                   LocalDate today) {
        if (!partner.agreedFor(purpose)) {
            return Result.refused("P1.1", partner.id() + " is not agreed to receive data for " + purpose);
        }
        if (partner.isSmallProvider()) {
            if (currentGuidance.isEmpty()) {
                return Result.refused("P1.3", "no guidance notes are published for "
                        + partner.smallProviderKind().map(Enum::name).orElse("this kind"));
            }
            GuidanceNote note = currentGuidance.get();
            if (!acknowledgedGuidance.contains(note.id())) {
                return Result.refused("P1.3", partner.id() + " has not acknowledged guidance version "
                        + note.version());
            }
            if (!note.purposes().contains(purpose)) {
                return Result.refused("P1.3", "guidance version " + note.version() + " does not cover " + purpose);
            }
            return Result.governedBy(Agreement.of(note), "P1.3", "guidance version " + note.version() + " acknowledged");
        }
        return governingProtocol(protocols, partner.id(), purpose, today)
                .map(p -> Result.governedBy(Agreement.of(p), "P1.2", "protocol " + p.id() + " agreed until " + p.reviewDate()))
                .orElseGet(() -> Result.refused("P1.2",
                        "no agreed, unexpired protocol with " + partner.id() + " for " + purpose));
    }

    /** The protocol governing a flow to a partner for a purpose: agreed, not past review, the latest reviewed. */
    public static Optional<Protocol> governingProtocol(List<Protocol> protocols, String partnerId, String purpose,
                                                       LocalDate today) {
        return protocols.stream()
                .filter(p -> p.partnerId().equals(partnerId) && p.purpose().equals(purpose))
                .filter(p -> p.status() == ProtocolStatus.AGREED && !p.reviewDate().isBefore(today))
                .max(Comparator.comparing(Protocol::reviewDate));
    }
}
