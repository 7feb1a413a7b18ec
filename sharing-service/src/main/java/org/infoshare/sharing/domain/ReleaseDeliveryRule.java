package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ReleaseChannel;

/**
 * P11.1: a release is delivered only by its own channel. The partner API serves SECURE_API
 * releases, the partner portal PORTAL ones, and a SECURE_EMAIL release is sent by staff to the
 * protocol's named recipient, never collected by the partner. Asking by another route is refused,
 * saying how the release is delivered instead.
 */
public final class ReleaseDeliveryRule {

    public static final String ID = ChannelPolicy.RULE_ID;

    /** The ways a release can leave the organisation, each by one channel. */
    public enum Route {
        PARTNER_API(ReleaseChannel.SECURE_API, "the partner API"),
        PORTAL(ReleaseChannel.PORTAL, "the partner portal"),
        SECURE_EMAIL(ReleaseChannel.SECURE_EMAIL, "secure e-mail");

        private final ReleaseChannel channel;
        private final String label;

        Route(ReleaseChannel channel, String label) {
            this.channel = channel;
            this.label = label;
        }

        public ReleaseChannel channel() {
            return channel;
        }
    }

    private ReleaseDeliveryRule() {
    }

    public static RuleResult check(Release release, Route route) {
        if (release.channel() == route.channel) {
            return RuleResult.satisfied(ID, "release " + release.id() + " goes by " + release.channel());
        }
        return RuleResult.refuse(ID, "release " + release.id() + " goes by " + release.channel() + ", not "
                + route.label + ": " + howDelivered(release.channel()));
    }

    /** How a release on this channel reaches its recipient. */
    public static String howDelivered(ReleaseChannel channel) {
        return switch (channel) {
            case SECURE_API -> "the partner's system fetches it from the partner API (GET /api/v1/partner/releases/{id})";
            case PORTAL -> "the partner collects it from the partner portal (GET /api/v1/partner/portal/releases/{id})";
            case SECURE_EMAIL -> "the organisation sends it by secure e-mail to the protocol's named recipient";
        };
    }
}
