package org.infoshare.dashboard.service;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PanelTest {

    @Test
    @DisplayName("each platform topic refreshes the panels its events change")
    void topics() {
        assertThat(Panel.changedBy("sharing-events", "")).containsExactlyInAnyOrder(Panel.PROPAGATIONS, Panel.SHARES,
                Panel.PROTOCOLS_DUE, Panel.CONFLICTS, Panel.ESCALATIONS);
        assertThat(Panel.changedBy("consent-events", "")).containsExactlyInAnyOrder(Panel.PROPAGATIONS,
                Panel.SUBJECT_ACCESS, Panel.RECONFIRMATIONS, Panel.ESCALATIONS);
        assertThat(Panel.changedBy("breach-events", "")).containsExactlyInAnyOrder(Panel.BREACHES, Panel.ESCALATIONS);
        assertThat(Panel.changedBy("audit-checkpoints", "")).containsExactly(Panel.TRAIL);
    }

    @Test
    @DisplayName("reads of personal data refresh nothing: a panel's own reads must not make it refresh again")
    void readsRefreshNothing() {
        assertThat(Panel.changedBy("personal-data-accessed", "")).isEmpty();
    }

    @Test
    @DisplayName("only the deployment's own topics count: a test run's prefix is honoured, another run's topics are not")
    void prefix() {
        assertThat(Panel.changedBy("e2e.breach-events", "e2e.")).containsExactlyInAnyOrder(Panel.BREACHES,
                Panel.ESCALATIONS);
        assertThat(Panel.changedBy("breach-events", "e2e.")).isEmpty();
        assertThat(Panel.changedBy("test.breach-events", "")).isEmpty();
        assertThat(Panel.changedBy(null, "")).isEmpty();
    }

    @Test
    @DisplayName("the browser is told only a panel's name")
    void eventNames() {
        assertThat(Panel.SUBJECT_ACCESS.eventName()).isEqualTo("subject-access");
        assertThat(Panel.SHARES.eventName()).isEqualTo("shares");
    }
}
