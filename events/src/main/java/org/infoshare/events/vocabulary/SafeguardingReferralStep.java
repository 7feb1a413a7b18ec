package org.infoshare.events.vocabulary;

/** How a safeguarding referral moved on after it was made (P3.1). */
public enum SafeguardingReferralStep {
    /** The team's webhook took the referral (2xx). */
    DELIVERED,
    /** Webhook retries ran out; the referral stays listed for the team's polling and is escalated if unanswered. */
    DELIVERY_FAILED,
    /** The team has no webhook: it is told by polling the partner API. */
    LEFT_TO_POLLING,
    /** The team confirmed it received the referral. */
    ACKNOWLEDGED,
    /** The team did not acknowledge in time: back on the DPO's list, flagged escalated. */
    ESCALATED,
    /** The DPO marked the item on their list seen. */
    DPO_SEEN
}
