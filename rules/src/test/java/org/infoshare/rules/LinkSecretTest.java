package org.infoshare.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LinkSecretTest {

    @Test
    @DisplayName("issue 13 item 4: a link's secret is 256 random bits in base64url (43 characters), never the same twice")
    void secretsAreRandomAndUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = LinkSecret.random();
            assertThat(secret).hasSize(43);
            assertThat(LinkSecret.wellFormed(secret)).isTrue();
            assertThat(seen.add(secret)).isTrue();
        }
    }

    @Test
    @DisplayName("issue 13 item 4: what is presented must look like a secret before anything is looked up")
    void onlyWellFormedSecretsAreLookedUp() {
        String secret = LinkSecret.random();
        assertThat(LinkSecret.wellFormed(secret + "=")).isFalse();
        assertThat(LinkSecret.wellFormed(secret.substring(1))).isFalse();
        assertThat(LinkSecret.wellFormed("../../etc/passwd-and-then-some-more-chars!!")).isFalse();
        assertThat(LinkSecret.wellFormed(null)).isFalse();
    }

    @Test
    @DisplayName("issue 13 item 4: only the secret's SHA-256 is stored (raw or hex), the same for the same secret")
    void storedAsItsDigest() {
        String one = LinkSecret.random();
        String two = LinkSecret.random();
        assertThat(LinkSecret.hash(one)).hasSize(32).isEqualTo(LinkSecret.hash(one)).isNotEqualTo(LinkSecret.hash(two));
        assertThat(LinkSecret.hexHash(one)).hasSize(64).isEqualTo(HexFormat.of().formatHex(LinkSecret.hash(one)))
                .doesNotContain(one);
        // the known digest of "abc" (FIPS 180-2), so a change of algorithm or encoding shows
        assertThat(LinkSecret.hexHash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
