package org.infoshare.consent.domain;

import org.infoshare.events.vocabulary.HandOverChannel;
import org.infoshare.events.vocabulary.LegalRecipientKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LegalHandOverRuleTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

    private static LegalDisclosurePackage pkg(boolean identifiable, LegalDisclosurePackage.Status status,
                                              boolean fetched) {
        boolean handedOver = status == LegalDisclosurePackage.Status.HANDED_OVER;
        return new LegalDisclosurePackage(UUID.randomUUID(), "subj-1", LegalRecipientKind.COURT, "Crown Court",
                "T1", identifiable, true, Optional.empty(), "dpo-1", AT, status, AT,
                fetched ? Optional.of("dpo-1") : Optional.empty(), fetched ? Optional.of(AT) : Optional.empty(),
                handedOver ? Optional.of(HandOverChannel.POST) : Optional.empty(),
                handedOver ? Optional.of("dpo-1") : Optional.empty(), handedOver ? Optional.of(AT) : Optional.empty());
    }

    @Test
    @DisplayName("P2.1 the identity prepared for an identifiable disclosure is handed out once")
    void identityOnce() {
        assertThat(LegalHandOverRule.identityRelease(pkg(true, LegalDisclosurePackage.Status.PREPARED, false))).isEmpty();
        assertThat(LegalHandOverRule.identityRelease(pkg(true, LegalDisclosurePackage.Status.PREPARED, true)))
                .hasValueSatisfying(why -> assertThat(why.describe()).startsWith("P2.1").contains("once"));
    }

    @Test
    @DisplayName("P2.1 no identity is handed out when the order needs none or the vault did not know the person")
    void noIdentityWithoutNeedOrPerson() {
        assertThat(LegalHandOverRule.identityRelease(pkg(false, LegalDisclosurePackage.Status.PREPARED, false)))
                .isPresent();
        assertThat(LegalHandOverRule.identityRelease(pkg(true, LegalDisclosurePackage.Status.UNKNOWN_SUBJECT, false)))
                .isPresent();
    }

    @Test
    @DisplayName("P2.1 an identifiable disclosure is handed over only after its identity was fetched, and only once")
    void handOverAfterFetchOnce() {
        assertThat(LegalHandOverRule.handOver(pkg(true, LegalDisclosurePackage.Status.PREPARED, false))).isPresent();
        assertThat(LegalHandOverRule.handOver(pkg(true, LegalDisclosurePackage.Status.PREPARED, true))).isEmpty();
        assertThat(LegalHandOverRule.handOver(pkg(false, LegalDisclosurePackage.Status.PREPARED, false))).isEmpty();
        assertThat(LegalHandOverRule.handOver(pkg(true, LegalDisclosurePackage.Status.HANDED_OVER, true))).isPresent();
        assertThat(LegalHandOverRule.handOver(pkg(true, LegalDisclosurePackage.Status.UNKNOWN_SUBJECT, false)))
                .isPresent();
    }
}
