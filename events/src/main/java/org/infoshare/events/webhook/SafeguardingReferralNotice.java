package org.infoshare.events.webhook;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.events.vocabulary.SafeguardingRoute;

/**
 * The body of the webhook sharing-service sends a safeguarding team when a referral is made to it
 * (P3.1): a record with a versioned JSON Schema ({@link #SCHEMA}), like {@link WithdrawalNotice}.
 * Neither the person nor the account of the concern travels in it: the team fetches them, and that
 * read is recorded. Signed with {@link WebhookSignature}.
 *
 * @param type Always {@value #TYPE}: what the body announces.
 * @param referralId The referral, also sent as the Infoshare-Delivery header.
 * @param category The kind of abuse or neglect (policy section 3).
 * @param route The children's or adults' route the referral was made on.
 * @param referredAt When the referral was made.
 * @param acknowledgeBy When the team's acknowledgement is due before the referral escalates.
 * @param fetch The path to GET the referral (with the account) from.
 * @param acknowledge The path to POST the acknowledgement to.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SafeguardingReferralNotice(
        String type,
        UUID referralId,
        String category,
        SafeguardingRoute route,
        Instant referredAt,
        Instant acknowledgeBy,
        String fetch,
        String acknowledge) {

    public static final String TYPE = "safeguarding-referred";
    public static final int VERSION = 1;
    /** The class path resource of the body's JSON Schema. */
    public static final String SCHEMA = "/schemas/webhook/safeguarding-referral-notice/v" + VERSION + ".json";

    public SafeguardingReferralNotice {
        requireNonNull(type, "type");
        if (!TYPE.equals(type)) {
            throw new IllegalArgumentException("a safeguarding referral notice is of type " + TYPE);
        }
        requireNonNull(referralId, "referralId");
        requireNonNull(category, "category");
        requireNonNull(route, "route");
        requireNonNull(referredAt, "referredAt");
        requireNonNull(acknowledgeBy, "acknowledgeBy");
        requireNonNull(fetch, "fetch");
        requireNonNull(acknowledge, "acknowledge");
    }

    /** The notice of one referral; the fetch and acknowledge paths follow from its id. */
    public static SafeguardingReferralNotice of(UUID referralId, String category, SafeguardingRoute route,
                                                Instant referredAt, Instant acknowledgeBy) {
        String path = "/api/v1/partner/safeguarding-referrals/" + referralId;
        return new SafeguardingReferralNotice(TYPE, referralId, category, route, referredAt, acknowledgeBy, path,
                path + "/acknowledge");
    }
}
