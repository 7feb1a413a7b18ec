package org.infoshare.sharing.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProtocolStatusTest {

    @Test
    @DisplayName("P1.2 a draft is agreed, an agreed protocol may be suspended and agreed again, and an expired one never returns")
    void transitions() {
        assertThat(ProtocolStatus.DRAFT.canMoveTo(ProtocolStatus.AGREED)).isTrue();
        assertThat(ProtocolStatus.DRAFT.canMoveTo(ProtocolStatus.SUSPENDED)).isFalse();
        assertThat(ProtocolStatus.AGREED.canMoveTo(ProtocolStatus.SUSPENDED)).isTrue();
        assertThat(ProtocolStatus.SUSPENDED.canMoveTo(ProtocolStatus.AGREED)).isTrue();
        assertThat(ProtocolStatus.AGREED.canMoveTo(ProtocolStatus.DRAFT)).isFalse();
        for (ProtocolStatus next : ProtocolStatus.values()) {
            assertThat(ProtocolStatus.EXPIRED.canMoveTo(next)).isFalse();
        }
    }
}
