package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.NoticeChannel;

import java.util.List;
import java.util.Objects;

/**
 * A breach notice merged with the person's name and postal or e-mail address: personal data,
 * kept only encrypted in the dispatch queue and shown only to a reader who gives a purpose.
 *
 * @param channel     LETTER or EMAIL
 * @param recipient   the person's name as it heads the letter or e-mail
 * @param deliverTo   postal address lines (with town and postcode), or the one e-mail address
 * @param subjectLine heading of the letter, subject of the e-mail
 * @param body        the text: what happened, the advice with the person's rights, the support offered
 */
public record MergedNotice(NoticeChannel channel, String recipient, List<String> deliverTo, String subjectLine,
                           String body) {

    public MergedNotice {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        deliverTo = List.copyOf(deliverTo);
        Objects.requireNonNull(subjectLine, "subjectLine");
        Objects.requireNonNull(body, "body");
    }
}
