package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.infoshare.web.IdempotencyKeyPurge;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.infoshare.sharing.api.Fixtures.as;

/** Stored POST answers are replayed while kept and deleted after the retention (a day by default). */
@QuarkusTest
class IdempotencyKeyPurgeTest {

    @Inject
    IdempotencyKeyPurge purge;

    @Test
    @DisplayName("an Idempotency-Key answer is replayed within a day and purged after it")
    void answersArePurgedAfterTheRetention() throws Throwable {
        String partner = ShareRequests.provider();
        String key = UUID.randomUUID().toString();
        String first = as("staff").header("Idempotency-Key", key).body(ShareRequests.aggregate(partner))
                .post("/api/v1/share-requests").then().statusCode(201).extract().path("id");

        VertxContextSupport.subscribeAndAwait(() -> purge.purge(Instant.now()));
        as("staff").header("Idempotency-Key", key).body(ShareRequests.aggregate(partner))
                .post("/api/v1/share-requests").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));

        int purged = VertxContextSupport.subscribeAndAwait(() -> purge.purge(Instant.now().plus(Duration.ofDays(2))));
        assertThat(purged).isPositive();
        String again = as("staff").header("Idempotency-Key", key).body(ShareRequests.aggregate(partner))
                .post("/api/v1/share-requests").then().statusCode(201).extract().path("id");
        assertThat(again).as("a purged key is a new request").isNotEqualTo(first);
    }
}
