package org.infoshare.dashboard.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, staff work forms, against the real Keycloak with the services not running: every form
 * post needs the CSRF token of the page (quarkus-rest-csrf), staff and the DPO reach the forms,
 * an auditor does not. What the services answer is e2e's StaffWorkBrowserIT.
 */
@QuarkusTest
class StaffWorkFormsTest {

    private static final String BASE = "http://localhost:8185";
    private static final Pattern TOKEN = Pattern.compile("name=\"dashboard-csrf\" value=\"([^\"]+)\"");

    @Test
    @DisplayName("issue 13: the person form labels every field and carries a CSRF token; a post without it is refused (400) before any service is called")
    void csrfTokenRequired() throws Exception {
        CodeFlow browser = new CodeFlow(BASE);
        HttpResponse<String> form = browser.signIn("/staff/person", "staff");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<h1>Record a person</h1>", "<label for=\"givenName\">Given name</label>",
                "<label for=\"familyName\">Family name</label>", "aria-current=\"page\">Staff work</a>");
        Matcher token = TOKEN.matcher(form.body());
        assertThat(token.find()).as("CSRF token in the form").isTrue();

        HttpResponse<String> forged = browser.post("/staff/person", "givenName=Mary&familyName=Seacole");
        assertThat(forged.statusCode()).isEqualTo(400);

        // With the token the post goes on to consent-service, which is not running here.
        HttpResponse<String> sent = browser.post("/staff/person", "dashboard-csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&givenName=Mary&familyName=Seacole");
        assertThat(sent.statusCode()).isEqualTo(502);
        assertThat(sent.body()).contains("could not be reached");
    }

    @Test
    @DisplayName("issue 13: the DPO may use the staff work forms; an auditor may not")
    void roles() throws Exception {
        assertThat(new CodeFlow(BASE).signIn("/staff", "dpo").body()).contains("<h1>Staff work</h1>", "href=\"/staff/withdrawal\"");
        HttpResponse<String> auditor = new CodeFlow(BASE).signIn("/staff/person", "auditor");
        assertThat(auditor.statusCode()).isEqualTo(403);
    }
}
