package org.infoshare.sharing.api;

import org.infoshare.sharing.domain.ProviderNotice;

import java.time.Instant;

/**
 * A small provider's notice as staff send it (issue 13 item 4b): its text carries the link, so it is
 * shown only while the link is unused ({@code text} null after).
 */
public record ProviderNoticeView(String linkId, String purpose, String targetId, String partnerId, Instant issuedAt,
                                 Instant expiresAt, Instant usedAt, String text) {

    static ProviderNoticeView of(ProviderNotice n) {
        return new ProviderNoticeView(n.link().id().toString(), n.link().purpose().name(), n.link().targetId().toString(),
                n.link().partnerId(), n.link().issuedAt(), n.link().expiresAt(), n.link().usedAt().orElse(null),
                n.text().orElse(null));
    }
}
