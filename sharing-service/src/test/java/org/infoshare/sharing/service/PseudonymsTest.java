package org.infoshare.sharing.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** P7.1: pseudonyms are keyed per recipient, so two partners cannot link their data. */
class PseudonymsTest {

    @Test
    void P7_1_pseudonyms_are_keyed_per_recipient_and_stable_for_one() {
        byte[] keyA = new byte[32];
        byte[] keyB = new byte[32];
        new java.security.SecureRandom().nextBytes(keyA);
        new java.security.SecureRandom().nextBytes(keyB);
        String atA = Pseudonyms.forKey(keyA).apply("subj-12345678");
        assertThat(atA).matches("psn-[0-9a-f]{32}").doesNotContain("subj-12345678");
        assertThat(Pseudonyms.of(keyA, "subj-12345678")).isEqualTo(atA);
        assertThat(Pseudonyms.of(keyB, "subj-12345678")).isNotEqualTo(atA);
        assertThat(Pseudonyms.of(keyA, "subj-87654321")).isNotEqualTo(atA);
    }
}
