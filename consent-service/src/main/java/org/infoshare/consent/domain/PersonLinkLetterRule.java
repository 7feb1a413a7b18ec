package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.NoticeChannel;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Issue 13 item 4(a): the letter or e-mail that brings a person their one-time link, merged with
 * their name and address or e-mail from the vault and sent the way breach notices are (by e-mail
 * when held, else by letter; {@link BreachNoticeMergeRule#channel}). Empty when the vault holds
 * nothing to send it to.
 */
public final class PersonLinkLetterRule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private PersonLinkLetterRule() {
    }

    public static Optional<MergedNotice> merge(Identity person, String link, java.time.Instant expiresAt) {
        // A link is easier to follow from an e-mail, so e-mail is preferred when the vault holds one.
        Optional<NoticeChannel> channel = BreachNoticeMergeRule.channel(person, Optional.of(NoticeChannel.EMAIL));
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        String name = (person.givenName() + " " + person.familyName()).strip();
        List<String> deliverTo = channel.get() == NoticeChannel.LETTER
                ? BreachNoticeMergeRule.postal(person.address().orElseThrow())
                : List.of(person.email().orElseThrow());
        LocalDate lastDay = expiresAt.atZone(LONDON).toLocalDate();
        String body = "Dear " + name + ",\n\n"
                + "You can see which organisations we have shared your information with, and why, on this page:\n\n"
                + link + "\n\n"
                + "On that page you can also withdraw your consent, all of it or in part, and ask for a copy of"
                + " the information we hold about you.\n\n"
                + "The link works once, until " + DAY.format(lastDay) + ". Do not share it. If it has expired or"
                + " has been used, contact us and we will send you a new one.\n";
        return Optional.of(new MergedNotice(channel.get(), name, deliverTo,
                "Your information: see who we shared it with", body));
    }
}
