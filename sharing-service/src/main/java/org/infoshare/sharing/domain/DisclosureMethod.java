package org.infoshare.sharing.domain;

import org.infoshare.events.vocabulary.ReleaseChannel;

import java.util.Objects;

/**
 * How information transfers under a protocol (P1.2): the channel, who sends it (a role or team of
 * ours) and to whom: a named person at the partner. The name is a partner's contact, stored
 * encrypted (see the README).
 */
public record DisclosureMethod(ReleaseChannel channel, String sender, String namedRecipient) {

    /** What an expired protocol names once retention has removed its named recipient (P13.1). */
    public static final String RECIPIENT_REMOVED = "(removed after the retention period)";

    public DisclosureMethod {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(namedRecipient, "namedRecipient");
    }
}
