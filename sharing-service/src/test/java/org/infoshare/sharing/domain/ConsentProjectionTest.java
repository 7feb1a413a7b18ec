package org.infoshare.sharing.domain;

import org.infoshare.events.consent.ConsentEvent;
import org.infoshare.events.consent.ConsentExpired;
import org.infoshare.events.consent.ConsentGiven;
import org.infoshare.events.consent.ConsentReconfirmationRequested;
import org.infoshare.events.consent.ConsentReconfirmed;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.vocabulary.CaptureChannel;
import org.infoshare.events.vocabulary.ContactChannel;
import org.infoshare.events.vocabulary.LawfulBasis;
import org.infoshare.events.vocabulary.ReconfirmationReason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentProjectionTest {

    static final UUID CONSENT = UUID.randomUUID();
    static final Instant GIVEN_AT = Instant.parse("2025-01-10T10:00:00Z");

    static ConsentGiven given() {
        return new ConsentGiven(CONSENT, "subj-1", 1, List.of("service-improvement", "research"),
                List.of("experience", "service-used"), List.of("partner-a", "partner-b"), List.of("REGULATOR"),
                LawfulBasis.A, null, UUID.randomUUID(), 1, CaptureChannel.WRITTEN, "staff-1", GIVEN_AT, 365, null, false);
    }

    static ConsentWithdrawn partial(long version, List<String> purposes, List<String> partners) {
        return new ConsentWithdrawn(CONSENT, "subj-1", version, false, purposes, partners, List.of(),
                ContactChannel.PHONE, "staff-1", GIVEN_AT.plusSeconds(3600L * version));
    }

    static ConsentProjection replay(List<? extends ConsentEvent> events) {
        ConsentProjection projection = ConsentProjection.unknown(CONSENT, "subj-1");
        for (ConsentEvent event : events) {
            projection = projection.apply(event);
        }
        return projection;
    }

    @Test
    @DisplayName("P6.8 a partial withdrawal takes away exactly the purposes and recipients it names")
    void partialWithdrawal() {
        ConsentProjection p = replay(List.of(given(), partial(2, List.of("research"), List.of("partner-b"))));
        assertThat(p.state()).isEqualTo(ConsentProjection.State.ACTIVE);
        assertThat(p.effectivePurposes()).containsExactly("service-improvement");
        assertThat(p.effectivePartnerIds()).containsExactly("partner-a");
        assertThat(p.covers("service-improvement", "partner-a", PartnerKind.SERVICE_PROVIDER, List.of("experience"))).isTrue();
        assertThat(p.covers("research", "partner-a", PartnerKind.SERVICE_PROVIDER, List.of("experience"))).isFalse();
        assertThat(p.covers("service-improvement", "partner-b", PartnerKind.SERVICE_PROVIDER, List.of("experience"))).isFalse();
        assertThat(p.covers("service-improvement", "cqc", PartnerKind.REGULATOR, List.of("experience"))).isTrue();
        assertThat(p.covers("service-improvement", "partner-a", PartnerKind.SERVICE_PROVIDER, List.of("health"))).isFalse();
        assertThat(p.version()).isEqualTo(2);
    }

    @Test
    @DisplayName("P6.8 whole withdrawal and expiry end the consent for good")
    void endStates() {
        ConsentWithdrawn whole = new ConsentWithdrawn(CONSENT, "subj-1", 2, true, List.of(), List.of(), List.of(),
                ContactChannel.LETTER, "staff-1", GIVEN_AT.plusSeconds(60));
        assertThat(replay(List.of(given(), whole)).state()).isEqualTo(ConsentProjection.State.WITHDRAWN);
        assertThat(replay(List.of(given(), new ConsentExpired(CONSENT, "subj-1", 2, GIVEN_AT.plusSeconds(60)))).state())
                .isEqualTo(ConsentProjection.State.EXPIRED);
        assertThat(replay(List.of(whole, given())).state()).isEqualTo(ConsentProjection.State.WITHDRAWN);
    }

    @Test
    @DisplayName("X2 events in any order, or delivered twice, end in the same projection: nothing moves backwards")
    void orderAndRedeliveryDoNotMatter() {
        Instant later = GIVEN_AT.plusSeconds(86_400L * 200);
        List<ConsentEvent> events = List.of(given(), partial(2, List.of("research"), List.of()),
                new ConsentReconfirmed(CONSENT, "subj-1", 3, CaptureChannel.VERBAL, "staff-2", later),
                partial(4, List.of(), List.of("partner-b")));
        ConsentProjection inOrder = replay(events);
        for (int seed = 0; seed < 20; seed++) {
            List<ConsentEvent> shuffled = new ArrayList<>(events);
            shuffled.addAll(events.subList(0, 2)); // redelivered
            Collections.shuffle(shuffled, new java.util.Random(seed));
            assertThat(replay(shuffled)).as("order %s", seed).isEqualTo(inOrder);
        }
        assertThat(inOrder.version()).isEqualTo(4);
        assertThat(inOrder.lastConfirmedAt()).contains(later);
        assertThat(inOrder.effectivePurposes()).containsExactly("service-improvement");
        assertThat(inOrder.effectivePartnerIds()).containsExactly("partner-a");
    }

    @Test
    @DisplayName("P6.7 a requested re-confirmation makes the consent due; the person's re-confirmation clears it")
    void reconfirmationDue() {
        ConsentReconfirmationRequested asked = new ConsentReconfirmationRequested(CONSENT, "subj-1",
                ReconfirmationReason.SHARE_HELD, UUID.randomUUID(), GIVEN_AT.plusSeconds(100));
        ConsentProjection due = replay(List.of(given(), asked));
        assertThat(due.state()).isEqualTo(ConsentProjection.State.RECONFIRMATION_DUE);
        ConsentProjection renewed = due.apply(new ConsentReconfirmed(CONSENT, "subj-1", 2, CaptureChannel.ONLINE,
                "staff-1", GIVEN_AT.plusSeconds(200)));
        assertThat(renewed.state()).isEqualTo(ConsentProjection.State.ACTIVE);
        assertThat(renewed.lastConfirmedAt()).contains(GIVEN_AT.plusSeconds(200));
    }

    @Test
    @DisplayName("P6.2 a consent known only from a withdrawal covers nothing until it is given")
    void unknownCoversNothing() {
        ConsentProjection p = replay(List.of(partial(2, List.of("research"), List.of())));
        assertThat(p.state()).isEqualTo(ConsentProjection.State.UNKNOWN);
        assertThat(p.covers("service-improvement", "partner-a", PartnerKind.SERVICE_PROVIDER, List.of())).isFalse();
    }
}
