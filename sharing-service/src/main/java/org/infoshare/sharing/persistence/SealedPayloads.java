package org.infoshare.sharing.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Re-seals share payloads and release contents that are still plain JSON (written before V15) or
 * sealed by a key no longer primary, one batch per transaction, through the reactive client (it
 * runs from a timer, outside any Hibernate session). Each batch is claimed under
 * {@code FOR UPDATE SKIP LOCKED}, and the claim's condition is checked again on the locked row, so
 * two instances re-sealing at once take disjoint rows and a row already re-sealed is left alone.
 * Re-sealing empties the plain column; the entities never write these columns after the insert,
 * so a decision recorded meanwhile cannot put the plain JSON back.
 */
@ApplicationScoped
public class SealedPayloads {

    /** One of the two tables: its plain column, its sealed column and key id, and the associated data's column name. */
    private record Table(String name, String plain, String sealedColumn, String keyId, String column) {

        String claim() {
            return "SELECT id, " + plain + ", " + sealedColumn + " FROM " + name
                    + " WHERE (" + sealedColumn + " IS NULL AND " + plain + " IS NOT NULL) OR " + keyId + " = ANY($1)"
                    + " ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED";
        }

        String update() {
            return "UPDATE " + name + " SET " + sealedColumn + " = $2, " + keyId + " = $3, " + plain + " = NULL"
                    + " WHERE id = $1";
        }
    }

    private static final List<Table> TABLES = List.of(
            new Table("share_request", "payload_json", "payload_sealed", "payload_key_id", SealedColumns.SHARE_PAYLOAD),
            new Table("release", "content_json", "content_sealed", "content_key_id", SealedColumns.RELEASE_CONTENT));

    private final Pool pool;
    private final SealedColumns sealed;

    SealedPayloads(Pool pool, SealedColumns sealed) {
        this.pool = pool;
        this.sealed = sealed;
    }

    /** @return how many values one batch (at most {@code size} rows of each table) re-sealed */
    public Uni<Integer> resealBatch(int size) {
        return pool.withTransaction(connection -> reseal(connection, TABLES.get(0), size)
                .chain(first -> reseal(connection, TABLES.get(1), size).map(second -> first + second)));
    }

    private Uni<Integer> reseal(SqlConnection connection, Table table, int size) {
        Integer[] retired = sealed.retiredKeyIds().toArray(Integer[]::new);
        return connection.preparedQuery(table.claim()).execute(Tuple.of(retired, size)).chain(rows -> {
            List<Tuple> updates = new ArrayList<>();
            for (Row row : rows) {
                UUID id = row.getUUID("id");
                String json = sealed.open(row.getString(table.sealedColumn()), row.getString(table.plain()),
                        table.column(), id);
                SealedColumns.Sealed resealed = sealed.seal(json, table.column(), id);
                updates.add(Tuple.of(id, resealed.value(), resealed.keyId()));
            }
            if (updates.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            return connection.preparedQuery(table.update()).executeBatch(updates).replaceWith(updates.size());
        });
    }
}
