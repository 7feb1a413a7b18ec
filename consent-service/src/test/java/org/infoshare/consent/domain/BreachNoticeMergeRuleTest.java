package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.NoticeChannel;
import org.infoshare.events.vocabulary.NoticeDispatchFailure;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BreachNoticeMergeRuleTest {

    private static final Identity.Address HOME = new Identity.Address(List.of("1 Market Street"), "Oakham", "LE15 6AB");
    private static final BreachNoticeMergeRule.Request REQUEST = new BreachNoticeMergeRule.Request(UUID.randomUUID(),
            UUID.randomUUID(), "Be wary of unexpected calls.\n\nYou have the right to complain to the ICO.",
            "Our helpline and an advocate", Optional.empty());

    @Test
    @DisplayName("P14.3 a notice goes by letter where there is an address, by e-mail when preferred and held, and not at all without either")
    void channelFollowsWhatTheVaultHolds() {
        Identity both = person(Optional.of("ada@example.org"), Optional.of(HOME));
        Identity emailOnly = person(Optional.of("ada@example.org"), Optional.empty());
        Identity addressOnly = person(Optional.empty(), Optional.of(HOME));
        Identity phoneOnly = person(Optional.empty(), Optional.empty());

        assertThat(BreachNoticeMergeRule.channel(both, Optional.empty())).contains(NoticeChannel.LETTER);
        assertThat(BreachNoticeMergeRule.channel(both, Optional.of(NoticeChannel.EMAIL))).contains(NoticeChannel.EMAIL);
        assertThat(BreachNoticeMergeRule.channel(both, Optional.of(NoticeChannel.PHONE))).contains(NoticeChannel.LETTER);
        assertThat(BreachNoticeMergeRule.channel(addressOnly, Optional.of(NoticeChannel.EMAIL)))
                .contains(NoticeChannel.LETTER);
        assertThat(BreachNoticeMergeRule.channel(emailOnly, Optional.of(NoticeChannel.LETTER)))
                .contains(NoticeChannel.EMAIL);
        assertThat(BreachNoticeMergeRule.channel(phoneOnly, Optional.of(NoticeChannel.PHONE))).isEmpty();
        assertThat(BreachNoticeMergeRule.merge(phoneOnly, REQUEST))
                .isEqualTo(new BreachNoticeMergeRule.Undeliverable(NoticeDispatchFailure.NO_CONTACT_DETAILS));
    }

    @Test
    @DisplayName("P14.3 the merged letter names the person, carries the full postal address, the advice with their rights and the support offered")
    void letterIsMerged() {
        BreachNoticeMergeRule.Outcome outcome = BreachNoticeMergeRule.merge(
                person(Optional.of("ada@example.org"), Optional.of(HOME)), REQUEST);

        assertThat(outcome).isInstanceOf(BreachNoticeMergeRule.Merged.class);
        MergedNotice letter = ((BreachNoticeMergeRule.Merged) outcome).notice();
        assertThat(letter.channel()).isEqualTo(NoticeChannel.LETTER);
        assertThat(letter.recipient()).isEqualTo("Ada Lovelace");
        assertThat(letter.deliverTo()).containsExactly("1 Market Street", "Oakham", "LE15 6AB");
        assertThat(letter.subjectLine()).contains(REQUEST.noticeId().toString());
        assertThat(letter.body()).startsWith("Dear Ada Lovelace,").contains(REQUEST.breachId().toString())
                .contains("right to complain to the ICO").contains("Our helpline and an advocate");
    }

    @Test
    @DisplayName("P14.3 the merged e-mail goes to the one e-mail address")
    void emailIsMerged() {
        BreachNoticeMergeRule.Request byEmail = new BreachNoticeMergeRule.Request(REQUEST.breachId(), REQUEST.noticeId(),
                REQUEST.advice(), REQUEST.supportOffered(), Optional.of(NoticeChannel.EMAIL));
        MergedNotice email = ((BreachNoticeMergeRule.Merged) BreachNoticeMergeRule.merge(
                person(Optional.of("ada@example.org"), Optional.of(HOME)), byEmail)).notice();
        assertThat(email.channel()).isEqualTo(NoticeChannel.EMAIL);
        assertThat(email.deliverTo()).containsExactly("ada@example.org");
    }

    private static Identity person(Optional<String> email, Optional<Identity.Address> address) {
        return new Identity("Ada", "Lovelace", email, Optional.of("07700900123"), Optional.empty(), address);
    }
}
