package org.infoshare.audit.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.infoshare.audit.domain.MerkleHash;
import org.infoshare.audit.domain.MerkleProofs;
import org.infoshare.audit.service.CheckpointService;
import org.infoshare.events.EventCodec;
import org.infoshare.events.audit.AuditCheckpoint;
import org.infoshare.testing.TopicReader;
import org.infoshare.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.testing.ProblemAssertions.assertProblem;

/** X1 what an auditor checks without trusting the service: signatures, inclusion and consistency proofs. */
@QuarkusTest
class TrailProofTest {

    @Inject
    CheckpointService checkpoints;

    private final TrailFixture fixture = new TrailFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    @DisplayName("X1 checkpoints are signed with Ed25519, published on the checkpoint topic, and prove inclusion and consistency")
    void checkpointsProveInclusionAndConsistency() throws Throwable {
        String subject = UUID.randomUUID().toString();
        try (TopicReader published = new TopicReader("test.audit-checkpoints")) {
            fixture.accessed(subject, "staff-1");
            long first = TrailFixture.awaitSeqs(subject, 1).get(0);
            VertxContextSupport.subscribeAndAwait(() -> checkpoints.checkpointNow());
            fixture.accessed(subject, "staff-2");
            long second = TrailFixture.awaitSeqs(subject, 2).get(1);
            VertxContextSupport.subscribeAndAwait(() -> checkpoints.checkpointNow());

            JsonPath listed = given().auth().oauth2(Tokens.user("auditor")).queryParam("size", 1000)
                    .get("/api/v1/trail/checkpoints").then().statusCode(200).extract().jsonPath();
            List<CheckpointView> signed = listed.getList("items", CheckpointView.class);
            assertThat(listed.getLong("total")).isEqualTo(signed.size());
            PublicKey key = publicKey();
            assertThat(signed).isNotEmpty().allSatisfy(checkpoint -> assertThat(verifies(key, checkpoint)).isTrue());
            CheckpointView latest = signed.get(signed.size() - 1);
            CheckpointView earlier = signed.stream().filter(c -> c.treeSize() > first && c.treeSize() <= second)
                    .reduce((a, b) -> b).orElseThrow();

            // the copy outside the database
            var copies = published.await(r -> new String(r.value(), StandardCharsets.UTF_8).contains(latest.rootHash()),
                    1, Duration.ofSeconds(30));
            EventCodec codec = new EventCodec();
            List<AuditCheckpoint> events = copies.stream()
                    .map(r -> codec.data(codec.deserialize(r.value()), AuditCheckpoint.class)).toList();
            assertThat(events).anySatisfy(event -> {
                assertThat(event.treeSize()).isEqualTo(latest.treeSize());
                assertThat(event.rootHash()).isEqualTo(latest.rootHash());
                assertThat(event.signature()).isEqualTo(latest.signature());
            });

            // inclusion of the first entry in the latest checkpoint
            JsonPath inclusion = given().auth().oauth2(Tokens.user("auditor")).queryParam("seq", first)
                    .queryParam("treeSize", latest.treeSize()).get("/api/v1/trail/proofs/inclusion").then().statusCode(200).extract().jsonPath();
            assertThat(inclusion.getLong("treeSize")).isEqualTo(latest.treeSize());
            assertThat(MerkleProofs.verifyInclusion(MerkleHash.unhex(inclusion.getString("leafHash")), first,
                    latest.treeSize(), hashes(inclusion.getList("path", String.class)),
                    MerkleHash.unhex(latest.rootHash()))).isTrue();
            assertThat(inclusion.getString("entry.subject")).isEqualTo(subject);

            // the later tree extends the earlier one
            JsonPath consistency = given().auth().oauth2(Tokens.user("auditor"))
                    .queryParam("first", earlier.treeSize()).queryParam("second", latest.treeSize())
                    .get("/api/v1/trail/proofs/consistency").then().statusCode(200).extract().jsonPath();
            assertThat(MerkleProofs.verifyConsistency(earlier.treeSize(), latest.treeSize(),
                    MerkleHash.unhex(earlier.rootHash()), MerkleHash.unhex(latest.rootHash()),
                    hashes(consistency.getList("path", String.class)))).isTrue();
        }
    }

    @Test
    @DisplayName("X1 proofs answer problems for what no checkpoint covers, and only auditors get them")
    void proofProblems() {
        assertProblem(given().auth().oauth2(Tokens.user("auditor")).queryParam("seq", Long.MAX_VALUE - 1)
                .get("/api/v1/trail/proofs/inclusion"), 404);
        assertProblem(given().auth().oauth2(Tokens.user("auditor")).queryParam("first", 3).queryParam("second", 2)
                .get("/api/v1/trail/proofs/consistency"), 400);
        assertProblem(given().auth().oauth2(Tokens.user("dpo")).get("/api/v1/trail/verify"), 403);
        assertProblem(given().auth().oauth2(Tokens.user("staff")).get("/api/v1/trail/checkpoints"), 403);
    }

    private static PublicKey publicKey() throws Exception {
        String encoded = given().auth().oauth2(Tokens.user("auditor")).get("/api/v1/trail/signing-key")
                .then().statusCode(200).extract().path("publicKey");
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded)));
    }

    private static boolean verifies(PublicKey key, CheckpointView checkpoint) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(checkpoint.statement().getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(checkpoint.signature()))
                    && checkpoint.statement().contains(checkpoint.rootHash())
                    && checkpoint.statement().contains("\n" + checkpoint.treeSize() + "\n");
        } catch (Exception e) {
            return false;
        }
    }

    private static List<byte[]> hashes(List<String> hex) {
        return hex.stream().map(MerkleHash::unhex).toList();
    }
}
