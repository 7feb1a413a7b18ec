package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** P1.2: a partner reads its own protocols without the named recipient, whom staff and the DPO see. */
@QuarkusTest
class PartnerProtocolViewTest {

    @Test
    @DisplayName("P1.2 a partner's view of its protocols carries what, why, how and the limits, never the decrypted named recipient")
    void partnerSeesNoNamedRecipient() {
        Fixtures.partnerA();
        String protocol = Fixtures.agreedProtocol("partner-a", Fixtures.PURPOSE, 180);

        List<Map<String, Object>> own = given().auth().oauth2(Tokens.user("partner-a")).get("/api/v1/partner/protocols")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> view = own.stream().filter(p -> protocol.equals(p.get("id"))).findFirst().orElseThrow();
        assertThat(view).doesNotContainKey("method").doesNotContainKey("namedRecipient")
                .containsEntry("sender", "Intelligence team").containsEntry("channel", "SECURE_API");
        assertThat(view.toString()).doesNotContain("Head of Patient Experience");

        Fixtures.dpo().get("/api/v1/protocols/" + protocol).then().statusCode(200)
                .body("method.namedRecipient", equalTo("Head of Patient Experience"));
    }
}
