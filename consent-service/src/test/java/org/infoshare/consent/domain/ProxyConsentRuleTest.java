package org.infoshare.consent.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProxyConsentRuleTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Capacity LACKS = new Capacity(Capacity.Status.LACKS_CAPACITY, NOW.minusSeconds(86400), "staff-1");
    private static final Capacity HAS = new Capacity(Capacity.Status.HAS_CAPACITY, NOW.minusSeconds(86400), "staff-1");

    private static Optional<ProxyAuthority> authority(ProxyAuthority.Kind kind, Instant expires) {
        return Optional.of(new ProxyAuthority(kind, "LPA-7781", "health and welfare decisions", expires));
    }

    @Test
    @DisplayName("P6.9 a person who lacks capacity cannot consent without a proxy")
    void lackingCapacityWithoutProxyIsRefused() {
        assertThat(ProxyConsentRule.problems(LACKS, Optional.empty(), NOW)).singleElement()
                .asString().startsWith("P6.9 the person lacks capacity");
    }

    @Test
    @DisplayName("P6.9 a lasting power of attorney or a court order, in force and evidenced, lets a proxy consent")
    void validAuthorityIsAccepted() {
        assertThat(ProxyConsentRule.problems(LACKS, authority(ProxyAuthority.Kind.LASTING_POWER_OF_ATTORNEY_HEALTH_AND_WELFARE, null), NOW)).isEmpty();
        assertThat(ProxyConsentRule.problems(LACKS, authority(ProxyAuthority.Kind.COURT_ORDER, NOW.plusSeconds(3600)), NOW)).isEmpty();
    }

    @Test
    @DisplayName("P6.9 an expired authority cannot be used")
    void expiredAuthorityIsRefused() {
        assertThat(ProxyConsentRule.problems(LACKS, authority(ProxyAuthority.Kind.COURT_ORDER, NOW.minusSeconds(1)), NOW))
                .containsExactly("P6.9 the proxy's authority has expired");
    }

    @Test
    @DisplayName("P6.9 nobody consents for a person who has capacity, or whose capacity was never assessed")
    void proxyForCapablePersonIsRefused() {
        assertThat(ProxyConsentRule.problems(HAS, authority(ProxyAuthority.Kind.COURT_ORDER, null), NOW))
                .containsExactly("P6.9 the person has capacity: the consent must be their own");
        assertThat(ProxyConsentRule.problems(Capacity.notAssessed(), authority(ProxyAuthority.Kind.COURT_ORDER, null), NOW))
                .singleElement().asString().contains("assessed as lacking capacity");
    }
}
