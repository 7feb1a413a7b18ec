package org.infoshare.sharing.domain;

import org.infoshare.rules.RuleResult;
import org.infoshare.events.vocabulary.ReleaseChannel;
import org.infoshare.events.vocabulary.Sensitivity;

import java.util.Optional;

/**
 * P11.1: a release goes by the channel its protocol agreed (the method of disclosure, P1.2), which
 * must be at least as strong as its sensitivity requires ({@link ChannelPolicy}). A protocol whose
 * channel is weaker is refused, not silently upgraded: the partner agreed to receive by that
 * channel, and the DPO approving could not make it safe; the protocol's method must change first.
 * A flow under guidance notes (P1.3) names no channel and goes by the policy's one.
 */
public final class DisclosureChannelRule {

    public static final String ID = ChannelPolicy.RULE_ID;

    private DisclosureChannelRule() {
    }

    /** The channel a release goes by; empty when the agreed one is too weak for the sensitivity. */
    public static Optional<ReleaseChannel> channel(Optional<ReleaseChannel> agreed, Sensitivity sensitivity) {
        ReleaseChannel channel = agreed.orElseGet(() -> ChannelPolicy.channelFor(sensitivity));
        return ChannelPolicy.adequate(channel, sensitivity) ? Optional.of(channel) : Optional.empty();
    }

    /** Nothing to say without a sensitivity (P8.1 refuses) or a governing agreement (P1.2/P1.3 refuse). */
    public static Optional<RuleResult> check(ShareContext context) {
        Optional<Sensitivity> sensitivity = context.request().sensitivity();
        Optional<Agreement> agreement = context.flow().agreement();
        if (sensitivity.isEmpty() || agreement.isEmpty()) {
            return Optional.empty();
        }
        Optional<ReleaseChannel> agreed = agreement.get().channel();
        return Optional.of(channel(agreed, sensitivity.get())
                .map(channel -> RuleResult.satisfied(ID, agreed.isPresent()
                        ? "released by " + channel + " as the protocol agreed"
                        : "released by " + channel + ", the channel for " + sensitivity.get() + " data"))
                .orElseGet(() -> RuleResult.refuse(ID, "the protocol agrees " + agreed.orElseThrow()
                        + ", weaker than " + sensitivity.get() + " data needs (at least "
                        + ChannelPolicy.channelFor(sensitivity.get()) + "); change the protocol's method first")));
    }
}
