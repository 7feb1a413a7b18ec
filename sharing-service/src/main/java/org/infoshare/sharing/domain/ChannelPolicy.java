package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.events.vocabulary.Sensitivity;

/**
 * P11.1: the transmission channel is chosen by the sensitivity class. Public and internal data may
 * be collected from the portal; confidential and special-category data only through the
 * authenticated partner API, where every fetch is recorded.
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
}
