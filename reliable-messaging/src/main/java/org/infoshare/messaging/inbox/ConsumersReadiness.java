package org.infoshare.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness is DOWN while any consumer is retrying a transient failure, with the reason, so
 * operators and the orchestrator see why events are not being applied.
 */
@Readiness
@ApplicationScoped
public class ConsumersReadiness implements HealthCheck {

    private final ConsumerHealth health;

    public ConsumersReadiness(ConsumerHealth health) {
        this.health = health;
    }

    @Override
    public HealthCheckResponse call() {
        var retrying = health.retrying();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-consumers").status(retrying.isEmpty());
        retrying.forEach((consumer, reason) -> response.withData(consumer, "retrying: " + reason));
        return response.build();
    }
}
