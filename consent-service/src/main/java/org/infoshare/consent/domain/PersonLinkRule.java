package org.infoshare.consent.domain;

import org.infoshare.rules.RuleResult;

import java.time.Instant;

/**
 * Issue 13 item 4(a): a person's link works once, before it expires, for its one purpose; the
 * session it opens works until it ends. Anything else is refused, and the refusal recorded.
 */
public final class PersonLinkRule {

    public static final String ID = "I13.4a";

    private PersonLinkRule() {
    }

    /** May the link be redeemed now? */
    public static RuleResult redeem(PersonLink link, Instant now) {
        if (!PersonLink.PERSON_ACCESS.equals(link.purpose())) {
            return RuleResult.refuseInState(ID, "This link is not for this page");
        }
        if (link.usedAt().isPresent()) {
            return RuleResult.refuseInState(ID, "This link has already been used");
        }
        if (!now.isBefore(link.expiresAt())) {
            return RuleResult.refuseInState(ID, "This link has expired");
        }
        return RuleResult.satisfied(ID, "The link is unused and has not expired");
    }

    /** May the session the link opened be used now? */
    public static RuleResult useSession(PersonLink link, Instant now) {
        if (link.sessionExpiresAt().map(end -> now.isBefore(end)).orElse(false)) {
            return RuleResult.satisfied(ID, "The session is open");
        }
        return RuleResult.refuseInState(ID, "This session has ended: ask us for a new link");
    }
}
