package org.infoshare.sharing.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.infoshare.sharing.domain.Release;
import org.infoshare.sharing.service.ReleaseService;
import org.infoshare.sharing.service.ShareDecisionService;
import org.infoshare.sharing.service.StoredPayloadsRewrap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: payloads and release contents stored in plain JSON before V15 are read as they are,
 * then re-sealed: each once, also by two instances re-sealing at the same time.
 */
@QuarkusTest
class StoredPayloadsRewrapTest {

    /** A payload and a release content have the same shape: records, cells, sources. */
    private static final String PAYLOAD = """
            {"records":[{"experience":{"summary":"Legacy: waited four hours for a bed"}}],"cells":[],\
            "sources":[{"source":"legacy ward notes","medium":"PAPER","lastVerifiedOn":"2026-01-05"}]}""";
    @Inject
    Pool pool;
    @Inject
    SealedColumns sealed;
    @Inject
    StoredPayloadsRewrap rewrap;
    @Inject
    ShareDecisionService shares;
    @Inject
    ReleaseService releases;

    @Test
    @DisplayName("a legacy plaintext share and release are read as they are, then re-sealed once by two instances at once")
    void legacyRowsAreResealed() throws Throwable {
        UUID share = UUID.randomUUID();
        UUID release = UUID.randomUUID();
        insertLegacy(share, release);

        assertThat(await(() -> shares.find(share)).request().payload().records().get(0).get("experience"))
                .containsEntry("summary", "Legacy: waited four hours for a bed");
        Release before = await(() -> releases.find(release));
        assertThat(before.records().get(0).get("experience")).containsEntry("summary", "Legacy: waited four hours for a bed");
        assertThat(before.sources()).hasSize(1);

        long plain = await(() -> pool.query("""
                SELECT (SELECT count(*) FROM share_request WHERE payload_sealed IS NULL)
                     + (SELECT count(*) FROM release WHERE content_sealed IS NULL AND content_json IS NOT NULL)""").execute())
                .iterator().next().getLong(0);
        int[] resealed = await(() -> Uni.combine().all().unis(rewrap.rewrapNow(), rewrap.rewrapNow())
                .with((first, second) -> new int[] {(Integer) first, (Integer) second}));

        assertThat(resealed[0] + resealed[1]).as("every plain value re-sealed exactly once").isEqualTo(plain);
        Row shareRow = await(() -> pool.preparedQuery(
                "SELECT payload_json, payload_sealed, payload_key_id FROM share_request WHERE id = $1")
                .execute(Tuple.of(share))).iterator().next();
        Row releaseRow = await(() -> pool.preparedQuery(
                "SELECT content_json, content_sealed, content_key_id FROM release WHERE id = $1")
                .execute(Tuple.of(release))).iterator().next();
        assertThat(shareRow.getString(0)).as("the plain column is emptied").isNull();
        assertThat(releaseRow.getString(0)).as("the plain column is emptied").isNull();
        assertThat(shareRow.getString(1)).startsWith(SecretCipher.KEYSET_PREFIX).doesNotContain("Legacy");
        assertThat(releaseRow.getString(1)).startsWith(SecretCipher.KEYSET_PREFIX).doesNotContain("Legacy");
        assertThat(sealed.open(shareRow.getString(1), null, SealedColumns.SHARE_PAYLOAD, share)).isEqualTo(PAYLOAD);
        assertThat(sealed.open(releaseRow.getString(1), null, SealedColumns.RELEASE_CONTENT, release)).isEqualTo(PAYLOAD);
        assertThat(shareRow.getInteger(2)).isEqualTo(releaseRow.getInteger(2)).isNotNull();

        assertThat(await(() -> releases.find(release)).records()).isEqualTo(before.records());
        assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> rewrap.rewrapNow()))
                .as("nothing is left to re-seal").isZero();
    }

    private void insertLegacy(UUID share, UUID release) throws Throwable {
        String partner = "partner-legacy-" + share.toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        await(() -> pool.preparedQuery("""
                        INSERT INTO partner (id, name, kind, purposes, registered_at, updated_at)
                        VALUES ($1, 'Legacy organisation', 'SERVICE_PROVIDER', '{service-improvement}', $2, $2)""")
                .execute(Tuple.of(partner, now)));
        await(() -> pool.preparedQuery("""
                        INSERT INTO share_request (id, subject_id, partner_id, purpose, data_categories, identifiable,
                                                   basis, requested_by, requested_at, outcome, reasons, findings,
                                                   decided_by, decided_at, sensitivity, payload_json, contract_id)
                        VALUES ($1, 'subj-legacy', $2, 'service-improvement', '{experience}', false, 'CONSENT',
                                'staff', $3, 'APPROVED', '{}', '{}', 'engine', $3, 'CONFIDENTIAL', $4, 'hw-west-northants')""")
                .execute(Tuple.of(share, partner, now, PAYLOAD)));
        await(() -> pool.preparedQuery("""
                        INSERT INTO release (id, share_request_id, partner_id, subject_id, subject_ref, purposes,
                                             data_categories, withheld_categories, identifiable, content_json, terms,
                                             sensitivity, channel, status, released_at)
                        VALUES ($1, $2, $3, 'subj-legacy', 'ref-legacy', '{service-improvement}', '{experience}', '{}',
                                false, $4, '{}', 'CONFIDENTIAL', 'SECURE_API', 'RELEASED', $5)""")
                .execute(Tuple.of(release, share, partner, PAYLOAD, now)));
    }

    private static <T> T await(java.util.function.Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work::get);
    }
}
