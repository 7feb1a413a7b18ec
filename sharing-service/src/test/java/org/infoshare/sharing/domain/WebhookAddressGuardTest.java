package org.infoshare.sharing.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.infoshare.rules.RuleResult;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** P11.1 webhooks go to public addresses only (issue 14, webhook safety). */
class WebhookAddressGuardTest {

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', value = {
            "0.0.0.0            | this network",
            "0.1.2.3            | this network",
            "127.0.0.1          | loopback (127.0.0.0/8)",
            "127.255.255.254    | loopback (127.0.0.0/8)",
            "10.0.0.1           | private (10.0.0.0/8)",
            "10.255.255.255     | private (10.0.0.0/8)",
            "172.16.0.1         | private (172.16.0.0/12)",
            "172.31.255.255     | private (172.16.0.0/12)",
            "192.168.1.1        | private (192.168.0.0/16)",
            "100.64.0.1         | shared address space",
            "169.254.169.254    | link-local (169.254.0.0/16, cloud metadata)",
            "169.254.0.1        | link-local",
            "224.0.0.1          | multicast",
            "239.255.255.250    | multicast",
            "255.255.255.255    | reserved",
            "::                 | unspecified",
            "::1                | loopback (::1)",
            "fc00::1            | unique-local (fc00::/7)",
            "fd12:3456:789a::1  | unique-local (fc00::/7)",
            "fe80::1            | link-local (fe80::/10)",
            "febf::1            | link-local (fe80::/10)",
            "fec0::1            | site-local",
            "ff02::1            | multicast (ff00::/8)",
            "::ffff:127.0.0.1   | loopback (127.0.0.0/8)",
            "::ffff:10.0.0.1    | private (10.0.0.0/8)",
            "::ffff:169.254.169.254 | link-local",
            "::10.0.0.1         | private (10.0.0.0/8) as IPv4-compatible IPv6",
            "64:ff9b::a9fe:a9fe | link-local (169.254.0.0/16, cloud metadata) as NAT64 IPv6",
            "64:ff9b::7f00:1    | loopback (127.0.0.0/8) as NAT64 IPv6"})
    @DisplayName("P11.1 loopback, private, link-local, unique-local, multicast and IPv4-in-IPv6 forms of them are refused")
    void refusedRanges(String literal, String range) throws UnknownHostException {
        assertThat(WebhookAddressGuard.refused(InetAddress.getByName(literal))).hasValueSatisfying(why ->
                assertThat(why).contains(range));
    }

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "9.255.255.255", "11.0.0.0", "172.15.255.255", "172.32.0.0",
            "192.167.255.255", "192.169.0.0", "169.253.255.255", "169.255.0.0", "100.63.255.255", "100.128.0.0",
            "223.255.255.255", "2001:4860:4860::8888", "2a00:1450::1", "fbff::1", "fe7f::1", "64:ff9b::808:808",
            "::ffff:8.8.8.8"})
    @DisplayName("P11.1 public addresses, including the neighbours of each refused range, are allowed")
    void publicAddresses(String literal) throws UnknownHostException {
        assertThat(WebhookAddressGuard.refused(InetAddress.getByName(literal))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://10.0.0.5/hook", "https://192.168.0.10:8443/hook", "https://169.254.169.254/latest",
            "https://[::1]/hook", "https://[fd00::5]/hook", "https://[::ffff:10.0.0.5]/hook", "https://127.0.0.1/hook",
            "https://2130706433/hook", "https://localhost/hook"})
    @DisplayName("P11.1 registration refuses a literal address (or localhost) in a refused range, naming the rule")
    void registrationRefusesLiterals(String url) {
        assertThat(described(WebhookAddressGuard.problems(URI.create(url), false))).singleElement().asString()
                .startsWith("P11.1 a webhook goes to a public address, not ");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://partner.example/hook", "https://8.8.8.8/hook", "https://[2001:db8::1]:8443/hook"})
    @DisplayName("P11.1 registration accepts https to a name (checked again at each send) or a public address")
    void registrationAcceptsPublic(String url) {
        assertThat(described(WebhookAddressGuard.problems(URI.create(url), false))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://partner.example/hook", "http://8.8.8.8/hook", "ftp://partner.example/hook"})
    @DisplayName("P11.1 production refuses anything but https")
    void httpsOnly(String url) {
        assertThat(described(WebhookAddressGuard.problems(URI.create(url), false))).contains("P11.1 a webhook is reached over https");
        assertThat(described(WebhookAddressGuard.problems(URI.create(url), true))).contains("P11.1 a webhook is reached over https");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:8099/hook", "http://localhost:8099/hook", "http://[::1]:8099/hook",
            "https://10.0.0.5/hook"})
    @DisplayName("P11.1 local and test profiles allow loopback over plain http and private addresses")
    void allowLocal(String url) {
        assertThat(described(WebhookAddressGuard.problems(URI.create(url), true))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/relative/hook", "https:///nohost"})
    @DisplayName("P11.1 a webhook URL names its host")
    void namesHost(String url) {
        assertThat(described(WebhookAddressGuard.problems(URI.create(url), false))).singleElement().asString().contains("names its host");
    }

    /** Each refusal as the problem's field message says it: the rule id, then why. */
    private static List<String> described(List<RuleResult> refusals) {
        return refusals.stream().map(RuleResult::describe).toList();
    }
}
