package org.infoshare.consent.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import org.infoshare.rules.RuleResult;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProxyConsentRuleTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Capacity LACKS = new Capacity(Capacity.Status.LACKS_CAPACITY, NOW.minusSeconds(86400), "staff-1");
    private static final Capacity HAS = new Capacity(Capacity.Status.HAS_CAPACITY, NOW.minusSeconds(86400), "staff-1");

    private static Optional<ProxyAuthority> authority(ProxyAuthority.Kind kind, Instant expires) {
        String scope = kind.byCourt() ? "PERSONAL_WELFARE" : "health and welfare decisions";
        return Optional.of(new ProxyAuthority(kind, "LPA-7781", scope, expires));
    }

    @Test
    @DisplayName("P6.9 a person who lacks capacity cannot consent without a proxy")
    void lackingCapacityWithoutProxyIsRefused() {
        assertThat(described(ProxyConsentRule.problems(LACKS, Optional.empty(), NOW))).singleElement()
                .asString().startsWith("P6.9 the person lacks capacity");
    }

    @Test
    @DisplayName("P6.9 a lasting power of attorney or a court order, in force and evidenced, lets a proxy consent")
    void validAuthorityIsAccepted() {
        assertThat(described(ProxyConsentRule.problems(LACKS, authority(ProxyAuthority.Kind.LASTING_POWER_OF_ATTORNEY_HEALTH_AND_WELFARE, null), NOW))).isEmpty();
        assertThat(described(ProxyConsentRule.problems(LACKS, authority(ProxyAuthority.Kind.COURT_ORDER, NOW.plusSeconds(3600)), NOW))).isEmpty();
    }

    @Test
    @DisplayName("P6.9 an expired authority cannot be used")
    void expiredAuthorityIsRefused() {
        assertThat(described(ProxyConsentRule.problems(LACKS, authority(ProxyAuthority.Kind.COURT_ORDER, NOW.minusSeconds(1)), NOW)))
                .containsExactly("P6.9 the proxy's authority has expired");
    }

    @Test
    @DisplayName("P6.9 nobody consents for a person who has capacity, or whose capacity was never assessed")
    void proxyForCapablePersonIsRefused() {
        assertThat(described(ProxyConsentRule.problems(HAS, authority(ProxyAuthority.Kind.COURT_ORDER, null), NOW)))
                .containsExactly("P6.9 the person has capacity: the consent must be their own");
        assertThat(described(ProxyConsentRule.problems(Capacity.notAssessed(), authority(ProxyAuthority.Kind.COURT_ORDER, null), NOW)))
                .singleElement().asString().contains("assessed as lacking capacity");
    }

    @Test
    @DisplayName("P6.9 a lasting power of attorney or a deputyship for property and affairs does not empower consent")
    void propertyAndAffairsPowersAreRefused() {
        assertThat(described(ProxyConsentRule.problems(LACKS,
                authority(ProxyAuthority.Kind.LASTING_POWER_OF_ATTORNEY_PROPERTY_AND_FINANCIAL_AFFAIRS, null), NOW)))
                .singleElement().asString().startsWith("P6.9 a lasting power of attorney for property and financial affairs")
                .contains("does not empower consent");
        assertThat(described(ProxyConsentRule.problems(LACKS, authority(ProxyAuthority.Kind.DEPUTYSHIP_PROPERTY_AND_AFFAIRS, null), NOW)))
                .singleElement().asString().startsWith("P6.9 a property and affairs deputyship");
    }

    @Test
    @DisplayName("P6.9 a court order states its scope from the vocabulary, and the scope must cover the sharing")
    void courtOrderScope() {
        Optional<ProxyAuthority> freeText = Optional.of(new ProxyAuthority(ProxyAuthority.Kind.COURT_ORDER, "COP-1",
                "welfare decisions", null));
        assertThat(described(ProxyConsentRule.problems(LACKS, freeText, NOW))).singleElement().asString()
                .startsWith("P6.9 a court order states its scope as one of").contains("PERSONAL_WELFARE");

        Optional<ProxyAuthority> money = Optional.of(new ProxyAuthority(ProxyAuthority.Kind.COURT_ORDER, "COP-2",
                "PROPERTY_AND_AFFAIRS", null));
        assertThat(described(ProxyConsentRule.problems(LACKS, money, NOW))).singleElement().asString()
                .contains("does not cover consent to share");

        Optional<ProxyAuthority> deputy = Optional.of(new ProxyAuthority(ProxyAuthority.Kind.DEPUTYSHIP_PERSONAL_WELFARE,
                "COP-3", "INFORMATION_SHARING", NOW.plusSeconds(60)));
        assertThat(described(ProxyConsentRule.problems(LACKS, deputy, NOW))).isEmpty();
    }

    @Test
    @DisplayName("P6.9 a health and welfare LPA states its scope in words; it needs no court vocabulary")
    void lpaScopeIsFreeText() {
        Optional<ProxyAuthority> lpa = Optional.of(new ProxyAuthority(
                ProxyAuthority.Kind.LASTING_POWER_OF_ATTORNEY_HEALTH_AND_WELFARE, "LPA-1", "health and welfare", null));
        assertThat(described(ProxyConsentRule.problems(LACKS, lpa, NOW))).isEmpty();
        assertThat(ProxyAuthority.Kind.LASTING_POWER_OF_ATTORNEY_HEALTH_AND_WELFARE.byCourt()).isFalse();
        assertThat(ProxyAuthority.Kind.COURT_ORDER.propertyAndAffairsOnly()).isFalse();
    }

    /** Each refusal as the API's problem says it: the rule id, then why. */
    private static List<String> described(List<RuleResult> refusals) {
        return refusals.stream().map(RuleResult::describe).toList();
    }
}
