package org.infoshare.breach.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** Art. 33(5): every breach, reportable or not, is in the DPO's internal log, listable and exportable. */
@QuarkusTest
class BreachLogTest {

    @Test
    @DisplayName("Art33(5) a breach not reported, with the reasons, and one not yet assessed are both in the log")
    void everyBreachIsLogged() {
        String notReportable = BreachReports.report("staff", BreachReports.valid());
        given().auth().oauth2(Tokens.user("dpo")).contentType("application/json")
                .body(Map.of("likelihood", "REMOTE", "severity", "MINIMAL", "factors", List.of("protocol partner"),
                        "consequences", "None expected", "reasons", "The care home deleted it within the hour"))
                .post("/api/v1/breaches/" + notReportable + "/assessments").then().statusCode(201);
        given().auth().oauth2(Tokens.user("dpo")).contentType("application/json")
                .body(BreachReports.action("PREVENTION"))
                .post("/api/v1/breaches/" + notReportable + "/actions").then().statusCode(201);
        String unassessed = BreachReports.report("partner-a", BreachReports.partnerReport());

        List<Map<String, Object>> entries = given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/breach-log?size=200")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> logged = entry(entries, notReportable);
        assertThat(logged.get("reportToIco")).isEqualTo("no");
        assertThat(logged.get("riskLevel")).isEqualTo("NO_RISK");
        assertThat(logged.get("decisionReasons")).isEqualTo("The care home deleted it within the hour");
        assertThat(logged.get("whatHappened")).asString().contains("wrong care home");
        assertThat((List<?>) logged.get("remedialActions")).singleElement().asString().startsWith("PREVENTION");
        assertThat(entry(entries, unassessed).get("riskLevel")).isEqualTo("not yet assessed");
        assertThat(entry(entries, unassessed).get("reporterKind")).isEqualTo("PARTNER");
    }

    @Test
    @DisplayName("Art33(5) the log exports as CSV (formulas defused) and as JSON lines, one entry per breach")
    void logExports() throws Exception {
        Map<String, Object> body = BreachReports.aware(Instant.now().minusSeconds(600), List.of());
        body.put("summary", "=HYPERLINK(\"http://evil\") typed by a partner, with \"quotes\"");
        String id = BreachReports.report("partner-b", body);

        Response csv = given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/breach-log/export?format=csv");
        csv.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("breach-log.csv"));
        String[] lines = csv.asString().split("\r\n");
        assertThat(lines[0]).startsWith("\"breachId\",\"contractId\",\"state\",\"reportedAt\"");
        assertThat(lines).filteredOn(line -> line.startsWith("\"" + id + "\"")).singleElement().asString()
                .contains("\"'=HYPERLINK(\"\"http://evil\"\") typed by a partner, with \"\"quotes\"\"\"");

        Response jsonl = given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/breach-log/export?format=jsonl");
        jsonl.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/x-ndjson"));
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : jsonl.asString().split("\n")) {
            parsed.add(new ObjectMapper().readTree(line));
        }
        assertThat(parsed).filteredOn(n -> id.equals(n.get("breachId").asText())).singleElement()
                .satisfies(n -> assertThat(n.get("whatHappened").asText()).startsWith("=HYPERLINK"));
        assertThat(parsed).hasSize(lines.length - 1);

        assertProblem(given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/breach-log/export?format=xlsx"), 400);
    }

    @Test
    @DisplayName("issue 12 item 6 Art33(5) each exported entry names its contract, and the export takes one contract")
    void exportNamesTheContract() throws Exception {
        Map<String, Object> body = BreachReports.aware(Instant.now().minusSeconds(600), List.of());
        body.put("contractId", "hw-rutland");
        String rutland = BreachReports.report("partner-b", body);
        String byDefault = BreachReports.report("partner-b", BreachReports.aware(Instant.now().minusSeconds(600), List.of()));

        String[] lines = given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/breach-log/export?format=csv")
                .then().statusCode(200).extract().asString().split("\r\n");
        assertThat(lines).filteredOn(line -> line.startsWith("\"" + rutland + "\"")).singleElement().asString()
                .startsWith("\"" + rutland + "\",\"hw-rutland\",");
        assertThat(lines).filteredOn(line -> line.startsWith("\"" + byDefault + "\"")).singleElement().asString()
                .startsWith("\"" + byDefault + "\",\"hw-west-northants\",");

        List<JsonNode> ofRutland = new ArrayList<>();
        for (String line : given().auth().oauth2(Tokens.user("dpo")).queryParam("format", "jsonl")
                .queryParam("contractId", "hw-rutland").get("/api/v1/breach-log/export").then().statusCode(200)
                .extract().asString().split("\n")) {
            ofRutland.add(new ObjectMapper().readTree(line));
        }
        assertThat(ofRutland).extracting(n -> n.get("breachId").asText()).contains(rutland).doesNotContain(byDefault);
        assertThat(ofRutland).allSatisfy(n -> assertThat(n.get("contractId").asText()).isEqualTo("hw-rutland"));
        assertProblem(given().auth().oauth2(Tokens.user("dpo")).queryParam("contractId", "hw-nowhere")
                .get("/api/v1/breach-log/export"), 422);
    }

    private static Map<String, Object> entry(List<Map<String, Object>> entries, String id) {
        return entries.stream().filter(e -> id.equals(e.get("breachId"))).findFirst().orElseThrow();
    }
}
