package org.infoshare.consent.api;

import org.infoshare.consent.domain.MergedNotice;
import org.infoshare.events.vocabulary.NoticeChannel;

import java.util.List;

/** The letter or e-mail carrying a person's link, for printing or sending; its read is recorded. */
public record PersonLinkLetterView(NoticeChannel channel, String recipient, List<String> deliverTo, String subjectLine,
                                   String body) {

    static PersonLinkLetterView of(MergedNotice letter) {
        return new PersonLinkLetterView(letter.channel(), letter.recipient(), letter.deliverTo(), letter.subjectLine(),
                letter.body());
    }
}
