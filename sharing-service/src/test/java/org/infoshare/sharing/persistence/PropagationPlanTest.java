package org.infoshare.sharing.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P6.8 at any table size: the withdrawal's one statement must reach a release's onward children
 * through the parent index even when the planner has no statistics for {@code release}
 * (autovacuum off or lagging). As a plain recursive join it planned a hash join over a full scan of
 * the table on every step; on 20,000 unanalysed rows that plan shows already. The rows are made
 * and the plan read inside one transaction that is rolled back, so no other test sees them.
 */
@QuarkusTest
class PropagationPlanTest {

    private static final int ROWS = 20_000;

    private static final String PARTNER = """
            INSERT INTO partner (id, name, kind, purposes, registered_at, updated_at)
            VALUES ('plan-filler', 'Plan filler', 'SERVICE_PROVIDER', '{service-improvement}', now(), now())
            ON CONFLICT DO NOTHING""";

    private static final String SHARES = """
            INSERT INTO share_request (id, partner_id, purpose, data_categories, identifiable, basis, requested_by,
                                       requested_at, outcome, reasons, findings, decided_by, decided_at, contract_id)
            SELECT md5('plan-share-' || g)::uuid, 'plan-filler', 'service-improvement', '{experience}', false,
                   'CONSENT', 'staff', now(), 'APPROVED', '{}', '{}', 'dpo', now(), 'hw-west-northants'
            FROM generate_series(1, $1) g""";

    private static final String RELEASES = """
            INSERT INTO release (id, share_request_id, partner_id, subject_id, subject_ref, consent_id, purposes,
                                 data_categories, withheld_categories, identifiable, content_json, terms, sensitivity,
                                 channel, status, released_at)
            SELECT md5('plan-release-' || g)::uuid, md5('plan-share-' || g)::uuid, 'plan-filler', 's' || g, 'ref',
                   gen_random_uuid(), '{service-improvement}', '{experience}', '{}', false, '{}', '{}',
                   'CONFIDENTIAL', 'SECURE_API', 'RELEASED', now()
            FROM generate_series(1, $1) g""";

    /** The trace context a withdrawal's notifications keep (issue 14). */
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Inject
    Pool pool;

    @Test
    @DisplayName("P6.8 the propagation statement probes the indexes of release even when it has no statistics")
    void propagationPlanIgnoresMissingStatistics() {
        List<String> plan = pool.getConnection().chain(connection -> connection.begin().chain(tx ->
                        connection.query(PARTNER).execute()
                                .chain(() -> connection.preparedQuery(SHARES).execute(Tuple.of(ROWS)))
                                .chain(() -> connection.preparedQuery(RELEASES).execute(Tuple.of(ROWS)))
                                .chain(() -> explain(connection))
                                .call(tx::rollback))
                        .eventually(connection::close))
                .await().atMost(Duration.ofSeconds(60));

        assertThat(plan).as("plan of the propagation statement").isNotEmpty()
                .noneMatch(line -> line.matches(".*Seq Scan on release\\b.*"))
                .anyMatch(line -> line.contains("release_parent"));
    }

    /** The repository's statement as written, its {@code ?n} parameters bound as the repository binds them. */
    private static Uni<List<String>> explain(SqlConnection connection) {
        String statement = RecipientNotificationRepository.PROPAGATE.replaceAll("\\?(\\d)", "\\$$1");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return connection.preparedQuery("EXPLAIN " + statement)
                .execute(Tuple.tuple().addUUID(UUID.nameUUIDFromBytes("plan-release-1".getBytes()))
                        .addOffsetDateTime(now).addUUID(UUID.randomUUID()).addString("CONSENT_WITHDRAWN")
                        .addOffsetDateTime(now).addString(TRACEPARENT).addString(null))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map((Row row) -> row.getString(0)).toList());
    }
}
