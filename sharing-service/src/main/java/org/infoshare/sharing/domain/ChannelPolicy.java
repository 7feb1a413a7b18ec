package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.events.vocabulary.Sensitivity;

/**
 * P11.1: the transmission channel is chosen by the sensitivity class. Public and internal data may
 * be collected from the portal; confidential and special-category data only through the
 * authenticated partner API, where every fetch is recorded. {@link #channelFor} is the least a
 * sensitivity needs (and the channel when no protocol names one); a protocol may agree a stronger one.
 */
public final class ChannelPolicy {

    public static final String RULE_ID = "P11.1";

    private ChannelPolicy() {
    }

    public static ReleaseChannel channelFor(Sensitivity sensitivity) {
        return switch (sensitivity) {
            case PUBLIC, INTERNAL -> ReleaseChannel.PORTAL;
            case CONFIDENTIAL, SPECIAL_CATEGORY -> ReleaseChannel.SECURE_API;
        };
    }

    /**
     * How well a channel protects what it carries. The portal least: any user of the partner may
     * collect from it. Secure e-mail next: encrypted, to the protocol's one named recipient, its
     * sending recorded by staff, but once sent beyond the organisation's sight. The partner API
     * most: every fetch authenticated and recorded, and refused once withdrawn or destroyed.
     */
    public static int strength(ReleaseChannel channel) {
        return switch (channel) {
            case PORTAL -> 0;
            case SECURE_EMAIL -> 1;
            case SECURE_API -> 2;
        };
    }

    /** The channel protects data of this sensitivity at least as well as the policy requires. */
    public static boolean adequate(ReleaseChannel channel, Sensitivity sensitivity) {
        return strength(channel) >= strength(channelFor(sensitivity));
    }
}
