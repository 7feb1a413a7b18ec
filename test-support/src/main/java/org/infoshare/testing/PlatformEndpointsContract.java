package org.infoshare.testing;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * What operations and clients rely on in every service: readiness covering the database and
 * Kafka, Prometheus metrics with the outbox relay, and the OpenAPI description with Swagger UI.
 * A service's test extends it and is annotated {@code @QuarkusTest}.
 */
public abstract class PlatformEndpointsContract {

    /** A path the service's OpenAPI document must describe. */
    protected abstract String documentedPath();

    @Test
    @DisplayName("readiness is UP and covers the database and Kafka; liveness is UP")
    void readinessCoversDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check",
                        "Kafka connection health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    @DisplayName("Prometheus metrics are served and include the outbox relay")
    void metricsIncludeTheOutboxRelay() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("outbox_relay_published"));
    }

    @Test
    @DisplayName("the OpenAPI document describes the service's endpoints and Swagger UI is served")
    void openApiIsPublished() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString(documentedPath()));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
