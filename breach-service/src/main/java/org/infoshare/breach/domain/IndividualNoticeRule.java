package org.infoshare.breach.domain;

import org.infoshare.rules.RuleResult;

import java.time.Instant;
import java.util.Optional;

/**
 * P14.3: the policy tells the organisation to notify the individual, advise them of their rights
 * and provide appropriate support, whatever the risk. So once the risk is assessed, notices may be
 * prepared at any risk level, always with advice and the support offered filled in. Where the
 * latest assessment finds a high risk (Art. 34) they are required: the breach cannot close until
 * every traced person is told ({@link ClosureRule}). A notice is sent once, and its sending time
 * cannot lie in the future. consent-service's answer (sent, or failed for want of contact details)
 * settles a pending notice only; a notice staff already recorded as sent stays as it is.
 */
public final class IndividualNoticeRule {

    public static final String ID = "P14.3";

    /** Always part of the advice: the rights every notice names, whatever the DPO adds. */
    public static final String RIGHTS = "You have the right to complain to the Information Commissioner's Office "
            + "(ico.org.uk, 0303 123 1113), to ask us for a copy of the information we hold about you, to have it "
            + "corrected or erased, and to claim compensation for damage the breach caused you.";

    private IndividualNoticeRule() {
    }

    /** Why notices cannot be prepared, or empty when they can. */
    public static Optional<RuleResult> problemToPrepare(BreachStatus status, Optional<RiskAssessment> latest,
                                                    String advice, String supportOffered) {
        if (status.closedAt().isPresent()) {
            return Optional.of(RuleResult.refuseInState(ID, "the breach is closed"));
        }
        if (latest.isEmpty()) {
            return Optional.of(RuleResult.refuseInState(ID, "assess the risk to individuals before notifying them"));
        }
        if (advice == null || advice.isBlank() || supportOffered == null || supportOffered.isBlank()) {
            return Optional.of(RuleResult.refuse(ID, "a notice must advise the person of their rights and record the support offered"));
        }
        return Optional.empty();
    }

    /** Whether telling every affected person is a duty now (Art. 34: the latest assessment finds a high risk). */
    public static boolean required(Optional<RiskAssessment> latest) {
        return latest.map(RiskAssessment::individualsMustBeTold).orElse(false);
    }

    /** The advice a notice carries: what the DPO wrote, followed by the rights every notice names. */
    public static String advice(String written) {
        return written.strip() + "\n\n" + RIGHTS;
    }

    /** Whether consent-service's answer about this notice still changes it: only a pending one. */
    public static boolean dispatchApplies(IndividualNotice notice) {
        return notice.status() == NoticeStatus.PENDING;
    }

    /** Why the notice cannot be marked sent, or empty when it can (also after a failed dispatch). */
    public static Optional<RuleResult> problemToMarkSent(IndividualNotice notice, Instant sentAt, Instant now) {
        if (notice.status() == NoticeStatus.SENT) {
            return Optional.of(RuleResult.refuseInState(ID, "this notice was already sent"));
        }
        if (sentAt.isAfter(now)) {
            return Optional.of(RuleResult.refuse(ID, "sentAt cannot be in the future"));
        }
        if (sentAt.isBefore(notice.preparedAt())) {
            return Optional.of(RuleResult.refuse(ID, "sentAt cannot be before the notice was prepared"));
        }
        return Optional.empty();
    }
}
