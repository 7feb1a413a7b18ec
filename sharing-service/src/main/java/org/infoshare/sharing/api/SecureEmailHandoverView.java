package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.DisclosureMethod;
import org.infoshare.sharing.domain.ReleaseStage;
import org.infoshare.sharing.service.ReleaseService;

import java.time.Instant;

/**
 * A recorded secure e-mail handover (P11.1): the release, to whom it went by its protocol's method
 * (the named recipient is a partner's contact, shown to staff and the DPO only), and who sent it when.
 */
public record SecureEmailHandoverView(String releaseId, String partnerId, String channel, String protocolId,
                                      String sender, String namedRecipient, String sentBy, Instant sentAt,
                                      String stage) {

    static SecureEmailHandoverView of(ReleaseService.Handover handover) {
        var r = handover.release();
        return new SecureEmailHandoverView(r.id().toString(), r.partnerId(), r.channel().name(),
                r.protocolId().map(Object::toString).orElse(null),
                handover.method().map(DisclosureMethod::sender).orElse(null),
                handover.method().map(DisclosureMethod::namedRecipient).orElse(null), handover.sentBy(),
                handover.sentAt(), ReleaseStage.FETCHED.name());
    }
}
