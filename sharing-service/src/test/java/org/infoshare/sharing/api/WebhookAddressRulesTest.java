package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.infoshare.events.consent.ConsentWithdrawn;
import org.infoshare.events.vocabulary.ContactChannel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/**
 * P11.1 with production's webhook setting (allow-local off): registration refuses a webhook at a
 * literal private, loopback or link-local address with 422 naming the rule, and a name that
 * resolves to such an address when the notification is sent is refused at connect time
 * (ADDRESS_REFUSED), without a connection (issue 14, item 6).
 */
@QuarkusTest
@TestProfile(WebhookAddressRulesTest.ProductionWebhooks.class)
class WebhookAddressRulesTest {

    public static final class ProductionWebhooks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("infoshare.sharing.webhook.allow-local", "false");
        }
    }

    @Inject
    Pool pool;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://10.1.2.3/hook", "https://192.168.10.20:8443/hook", "https://172.20.0.1/hook",
            "https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "https://[fd00::1]/hook",
            "https://[::ffff:169.254.169.254]/hook", "https://127.0.0.1:9443/hook", "https://localhost/hook"})
    @DisplayName("P11.1 registration refuses a webhook at a loopback, private or link-local address with 422 naming the rule")
    void registrationRefusesInternalAddresses(String url) {
        Map<String, Object> body = new HashMap<>(Fixtures.partner(Fixtures.randomId("wh-int"), "REGULATOR", null));
        body.put("webhookUrl", url);
        body.put("webhookSecret", "whsec-0123456789abcdef0123456789abcdef");
        var response = Fixtures.dpo().body(body).post("/api/v1/partners");
        assertProblem(response, 422);
        response.then().body("detail", containsString("P11.1 a webhook goes to a public address, not "));
    }

    @Test
    @DisplayName("P11.1 production refuses a plain http webhook, even to this machine")
    void registrationRefusesPlainHttp() {
        Map<String, Object> body = new HashMap<>(Fixtures.partner(Fixtures.randomId("wh-http"), "REGULATOR", null));
        body.put("webhookUrl", "http://partner.example/hook");
        body.put("webhookSecret", "whsec-0123456789abcdef0123456789abcdef");
        var response = Fixtures.dpo().body(body).post("/api/v1/partners");
        assertProblem(response, 422);
        response.then().body("detail", containsString("P11.1 a webhook is reached over https"));
    }

    @Test
    @DisplayName("P11.1 a name that resolves to loopback when the notification is sent is refused at connect time (ADDRESS_REFUSED), and nothing connects")
    void resolvedAddressIsCheckedAtSend() {
        String partner = Fixtures.randomId("wh-rebind");
        try (PartnerEndpoint.Silent listener = new PartnerEndpoint.Silent()) {
            Releases.Consented consented = Releases.consentedRelease(partner);
            Releases.provider(partner, java.net.URI.create("https://" + partner + ".example/hook"),
                    Releases.secret(partner));
            // as if the partner's name now answered with this machine's address (DNS rebinding)
            pool.preparedQuery("UPDATE partner SET webhook_url = $2 WHERE id = $1")
                    .execute(Tuple.of(partner, "https://localhost:" + listener.url().getPort() + "/webhook"))
                    .await().atMost(Duration.ofSeconds(10));
            try (ConsentEvents events = new ConsentEvents()) {
                events.send(new ConsentWithdrawn(consented.consentId(), consented.subject(), 2, true, List.of(),
                        List.of(), List.of(), ContactChannel.LETTER, "staff-1", Instant.now()));
            }
            UUID releaseId = UUID.fromString(consented.releaseId());
            await().atMost(Duration.ofSeconds(30)).until(() -> lastError(releaseId) != null);
            assertThat(lastError(releaseId)).isEqualTo("ADDRESS_REFUSED");
            assertThat(listener.connections()).as("no connection to the refused address").isZero();
            pool.preparedQuery("UPDATE recipient_notification SET delivery_state = 'FAILED', next_attempt_at = NULL "
                    + "WHERE release_id = $1").execute(Tuple.of(releaseId)).await().atMost(Duration.ofSeconds(10));
        }
    }

    private String lastError(UUID releaseId) {
        for (Row row : pool.preparedQuery("SELECT last_error FROM recipient_notification WHERE release_id = $1")
                .execute(Tuple.of(releaseId)).await().atMost(Duration.ofSeconds(10))) {
            return row.getString("last_error");
        }
        return null;
    }
}
