package org.infoshare.sharing.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 11: a share's payload and its release's content are special-category data; in the database
 * they are ciphertext only, and the partner still receives them whole.
 */
@QuarkusTest
class PayloadsAtRestTest {

    @Inject
    Pool pool;

    @Test
    @DisplayName("P7.1 a stored and released share holds no plaintext payload in its rows")
    void noPlaintextAtRest() throws Throwable {
        Releases.Consented consented = Releases.consentedRelease("partner-c");
        UUID releaseId = UUID.fromString(consented.releaseId());

        Row release = row("SELECT share_request_id, content_json, content_sealed, content_key_id, "
                + "CAST(release AS TEXT) AS whole FROM release WHERE id = $1", releaseId);
        Row share = row("SELECT payload_json, payload_sealed, payload_key_id, CAST(share_request AS TEXT) AS whole "
                + "FROM share_request WHERE id = $1", release.getUUID("share_request_id"));

        assertThat(share.getString("payload_json")).as("no plain payload").isNull();
        assertThat(share.getString("payload_sealed")).startsWith("tink:");
        assertThat(share.getInteger("payload_key_id")).isNotNull();
        assertThat(release.getString("content_json")).as("no plain content").isNull();
        assertThat(release.getString("content_sealed")).startsWith("tink:");
        assertThat(release.getInteger("content_key_id")).isNotNull();
        for (Row row : new Row[] {share, release}) {
            assertThat(row.getString("whole")).as("the whole row, every column")
                    .doesNotContain("without medication", "nursing notes", "ELECTRONIC");
        }

        Releases.fetch("partner-c", consented.releaseId()).then().statusCode(200)
                .body("records[0].experience.summary", equalTo("Sent home without medication"));
    }

    private Row row(String sql, UUID id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> pool.preparedQuery(sql).execute(Tuple.of(id)))
                .iterator().next();
    }
}
