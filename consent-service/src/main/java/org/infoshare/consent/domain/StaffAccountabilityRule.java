package org.infoshare.consent.domain;

import org.infoshare.rules.RuleResult;

import java.util.ArrayList;
import java.util.List;

/**
 * P15.1: abiding by the policy is a condition of employment and training is part of induction. A
 * staff member is in good standing once they acknowledged the policy version in force and have
 * training recorded; otherwise each gap is a refusal the DPO's outstanding list shows.
 */
public final class StaffAccountabilityRule {

    public static final String POLICY_ID = "P15.1";

    private StaffAccountabilityRule() {
    }

    /** Empty when the staff member is in good standing, else what is outstanding. */
    public static List<RuleResult> outstanding(StaffStanding standing, String currentVersion) {
        List<RuleResult> gaps = new ArrayList<>();
        if (standing.acknowledgedCurrentAt().isEmpty()) {
            gaps.add(RuleResult.refuseInState(POLICY_ID, "has not acknowledged policy version " + currentVersion));
        }
        if (standing.lastTrainedOn().isEmpty()) {
            gaps.add(RuleResult.refuseInState(POLICY_ID, "has no recorded training"));
        }
        return List.copyOf(gaps);
    }

    /**
     * Only the version in force can be acknowledged: acknowledging an older or unknown version
     * would satisfy nothing and record a misleading statement.
     */
    public static RuleResult acknowledgement(String offeredVersion, String currentVersion) {
        return offeredVersion.equals(currentVersion)
                ? RuleResult.satisfied(POLICY_ID, "version " + currentVersion + " is the version in force")
                : RuleResult.refuse(POLICY_ID, "version " + offeredVersion + " is not the policy version in force ("
                        + currentVersion + "); acknowledge " + currentVersion);
    }
}
