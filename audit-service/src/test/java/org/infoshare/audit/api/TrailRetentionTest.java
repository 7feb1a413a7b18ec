package org.infoshare.audit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.infoshare.audit.domain.MerkleHash;
import org.infoshare.audit.domain.MerkleProofs;
import org.infoshare.audit.service.CheckpointService;
import org.infoshare.audit.service.RetentionService;
import org.infoshare.testing.Tokens;
import org.infoshare.web.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** P13.1 for the trail itself: expired entries go only by a recorded step, and what remains still verifies. */
@QuarkusTest
class TrailRetentionTest {

    @Inject
    CheckpointService checkpoints;

    @Inject
    RetentionService retention;

    private final TrailFixture fixture = new TrailFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    @DisplayName("P13.1 a retention step removes expired entries up to a signed checkpoint, records itself in the trail, and the rest still verifies and proves")
    void retentionKeepsTheTrailVerifiable() throws Throwable {
        String expired = UUID.randomUUID().toString();
        fixture.accessed(expired, "staff-1");
        fixture.accessed(expired, "staff-2");
        long lastExpired = TrailFixture.awaitSeqs(expired, 2).get(1);
        VertxContextSupport.subscribeAndAwait(() -> checkpoints.checkpointNow());
        Instant cutoff = Instant.now();

        String kept = UUID.randomUUID().toString();
        fixture.accessed(kept, "staff-3");
        long keptSeq = TrailFixture.awaitSeqs(kept, 1).get(0);

        var step = retention.removeExpired(cutoff).await().indefinitely().orElseThrow();
        assertThat(step.removedBefore()).isGreaterThan(lastExpired).isLessThanOrEqualTo(keptSeq);
        assertThat(step.removed()).isPositive();
        assertThat(TrailFixture.entries(expired)).isEmpty();
        assertThat(TrailFixture.entries(kept)).hasSize(1);

        List<Map<String, Object>> recorded = given().auth().oauth2(Tokens.user("auditor"))
                .queryParam("kind", "retention").queryParam("size", 500).get("/api/v1/trail/entries")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(recorded).anySatisfy(entry -> {
            assertThat(((Number) entry.get("seq")).longValue()).isEqualTo(step.entrySeq());
            assertThat((String) entry.get("reason")).contains("removed entries [" + step.removedFrom() + ", "
                    + step.removedBefore() + ")");
        });

        JsonPath report = TrailFixture.verify();
        assertThat(report.getBoolean("ok")).as(report.prettify()).isTrue();
        assertThat(report.getLong("from")).isEqualTo(step.removedBefore());

        VertxContextSupport.subscribeAndAwait(() -> checkpoints.checkpointNow());
        JsonPath inclusion = given().auth().oauth2(Tokens.user("auditor")).queryParam("seq", keptSeq)
                .get("/api/v1/trail/proofs/inclusion").then().statusCode(200).extract().jsonPath();
        assertThat(MerkleProofs.verifyInclusion(MerkleHash.unhex(inclusion.getString("leafHash")), keptSeq,
                inclusion.getLong("treeSize"),
                inclusion.getList("path", String.class).stream().map(MerkleHash::unhex).toList(),
                MerkleHash.unhex(inclusion.getString("checkpoint.rootHash")))).isTrue();
        given().auth().oauth2(Tokens.user("auditor")).queryParam("seq", lastExpired)
                .get("/api/v1/trail/proofs/inclusion").then().statusCode(410);
    }

    @Test
    @DisplayName("P13.1 nothing inside its retention period can be removed")
    void nothingInsideTheRetentionPeriod() {
        assertThatThrownBy(() -> retention.removeExpired(Instant.now().plusSeconds(3600)))
                .isInstanceOf(ProblemException.class);
    }
}
