package org.infoshare.dashboard.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the withdrawal page and the overview's new panels against the real Keycloak, with the
 * services not running (e2e's WithdrawalPageBrowserIT runs them all): the roles it allows, an id
 * that is not one, and the page still standing when sharing-service is away.
 */
@QuarkusTest
class WithdrawalPageTest {

    private static final String BASE = "http://localhost:8185";

    @Test
    @DisplayName("issue 13: staff open a withdrawal's page; with sharing-service away it says so and the page stands")
    void staffOpenAWithdrawal() throws Exception {
        CodeFlow browser = new CodeFlow(BASE);
        String consentId = UUID.randomUUID().toString();
        HttpResponse<String> page = browser.signIn("/withdrawals/" + consentId, "staff");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Withdrawal of consent", consentId, "sse-connect=\"/live\"",
                "hx-trigger=\"sse:propagations\"", "Not available: sharing-service could not be reached");
        assertThat(browser.get("/withdrawals/" + consentId + "/panel").body())
                .contains("Not available: sharing-service could not be reached");
        assertThat(browser.get("/withdrawals/not-a-consent").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("issue 13: an auditor cannot open a withdrawal's page")
    void auditorRefused() throws Exception {
        CodeFlow browser = new CodeFlow(BASE);
        browser.signIn("/", "auditor");
        assertThat(browser.get("/withdrawals/" + UUID.randomUUID()).statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("issue 13: the overview has its re-confirmation, protocol review, conflict and escalation panels, each saying which service is down, and no 'not on this page yet' note")
    void overviewPanels() throws Exception {
        HttpResponse<String> page = new CodeFlow(BASE).signIn("/", "dpo");
        assertThat(page.body()).contains("id=\"reconfirmations\"", "id=\"protocols-due\"", "id=\"conflicts\"",
                        "id=\"escalations\"", "Not available: consent-service could not be reached",
                        "Not available: breach-service could not be reached")
                .doesNotContain("Not on this page yet");
        for (String panel : new String[] {"reconfirmations", "protocols-due", "conflicts", "escalations"}) {
            assertThat(new CodeFlow(BASE).signIn("/overview/panels/" + panel, "staff").body())
                    .as(panel).contains("Not available:");
        }
    }
}
