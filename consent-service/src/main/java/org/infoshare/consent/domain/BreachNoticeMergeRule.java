package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.NoticeDispatchFailure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * P14.3: a person affected by a breach is told in writing (required at high risk, Art. 34; by choice
 * below it, so the letter does not state the risk), with the advice on their rights and the support
 * offered that breach-service sent. The notice goes by the preferred
 * channel when the vault holds that contact detail, otherwise by letter when there is a postal
 * address (a letter is the record that the person was told), otherwise by e-mail. With neither,
 * it cannot be sent, and breach-service is told why so staff can reach the person another way.
 */
public final class BreachNoticeMergeRule {

    private BreachNoticeMergeRule() {
    }

    /** What breach-service asked to be sent: generic text, no personal identifier. */
    public record Request(UUID breachId, UUID noticeId, String advice, String supportOffered,
                          Optional<NoticeChannel> preferredChannel) {
    }

    /** Either the merged notice, or why there is none. */
    public sealed interface Outcome permits Merged, Undeliverable {
    }

    public record Merged(MergedNotice notice) implements Outcome {
    }

    public record Undeliverable(NoticeDispatchFailure reason) implements Outcome {
    }

    public static Outcome merge(Identity person, Request request) {
        Optional<NoticeChannel> channel = channel(person, request.preferredChannel());
        if (channel.isEmpty()) {
            return new Undeliverable(NoticeDispatchFailure.NO_CONTACT_DETAILS);
        }
        String name = (person.givenName() + " " + person.familyName()).strip();
        List<String> deliverTo = channel.get() == NoticeChannel.LETTER ? postal(person.address().orElseThrow())
                : List.of(person.email().orElseThrow());
        String subjectLine = "Your personal information: a data breach (our reference " + request.noticeId() + ")";
        String body = "Dear " + name + ",\n\n"
                + "We are writing to tell you that information we hold about you was involved in a data breach"
                + " (breach reference " + request.breachId() + ").\n\n"
                + "What you can do and your rights:\n" + request.advice().strip() + "\n\n"
                + "The support we offer:\n" + request.supportOffered().strip() + "\n\n"
                + "We are sorry this happened.\n";
        return new Merged(new MergedNotice(channel.get(), name, deliverTo, subjectLine, body));
    }

    /** The channel the notice goes by, or empty when the vault holds nothing to send it to. */
    static Optional<NoticeChannel> channel(Identity person, Optional<NoticeChannel> preferred) {
        boolean letter = person.address().map(a -> !a.lines().isEmpty()).orElse(false);
        boolean email = person.email().filter(e -> !e.isBlank()).isPresent();
        if (preferred.equals(Optional.of(NoticeChannel.EMAIL)) && email) {
            return Optional.of(NoticeChannel.EMAIL);
        }
        if (letter) {
            return Optional.of(NoticeChannel.LETTER);
        }
        return email ? Optional.of(NoticeChannel.EMAIL) : Optional.empty();
    }

    static List<String> postal(Identity.Address address) {
        List<String> lines = new ArrayList<>(address.lines());
        Optional.ofNullable(address.town()).filter(t -> !t.isBlank()).ifPresent(lines::add);
        Optional.ofNullable(address.postcode()).filter(p -> !p.isBlank()).ifPresent(lines::add);
        return lines;
    }
}
