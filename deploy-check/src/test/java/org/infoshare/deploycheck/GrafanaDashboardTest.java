package org.infoshare.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 14, deliverable 4: the Grafana dashboard graphs metrics the platform really exposes. */
class GrafanaDashboardTest {

    /** Metrics a panel may show before a service registers them (none today). */
    private static final Set<String> PENDING = Set.of();

    @Test
    @DisplayName("issue 14: the dashboard covers propagation latency, outbox and consumer lag, webhooks, dead letters and the ICO clock, on real metric names")
    void dashboard() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(Repo.read(Repo.path("deploy/grafana/infoshare-operations.json")));
        Set<String> used = new TreeSet<>();
        dashboard.path("panels").findValues("expr").forEach(e -> used.addAll(Metrics.referenced(e.asText())));
        Set<String> exposed = Metrics.exposed();
        for (String metric : used) {
            if (!PENDING.contains(metric) && !Metrics.EXTERNAL.contains(metric)) {
                assertThat(exposed).as("the dashboard graphs %s: no service registers it", metric).contains(metric);
            }
        }
        assertThat(used).contains("infoshare_withdrawal_propagation_latency_seconds_bucket", "outbox_relay_lag_seconds_bucket",
                "kafka_consumergroup_lag", "infoshare_webhook_deliveries_total", "infoshare_consumer_dead_lettered_total",
                "infoshare_breach_ico_deadline_remaining_seconds", "audit_trail_unsigned_age_seconds");
    }
}
