package org.infoshare.sharing.persistence;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.infoshare.sharing.service.StoredSecretsRewrap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Secrets stored before keysets are re-sealed under the keyset's primary key, and still open afterwards. */
@QuarkusTest
class StoredSecretsRewrapTest {

    @Inject
    Pool pool;
    @Inject
    SecretCipher cipher;
    @Inject
    StoredSecretsRewrap rewrap;

    @Test
    @DisplayName("a partner's webhook secret and pseudonym key in the former format are re-sealed into the keyset, once")
    void legacyValuesAreResealed() throws Throwable {
        String partner = "partner-legacy-" + UUID.randomUUID().toString().substring(0, 8);
        String legacyKey = ConfigProvider.getConfig().getValue("infoshare.sharing.secrets-legacy-key", String.class);
        String secret = SecretCipherTest.legacySeal("whsec-legacy", "partner:" + partner, legacyKey);
        String pseudonymKey = SecretCipherTest.legacySeal("cHNldWRvbnltLWtleQ==", "partner-pseudonym:" + partner, legacyKey);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        VertxContextSupport.subscribeAndAwait(() -> pool.preparedQuery("""
                        INSERT INTO partner (id, name, kind, purposes, webhook_url, webhook_secret_encrypted,
                                             pseudonym_key_encrypted, registered_at, updated_at)
                        VALUES ($1, 'Legacy organisation', 'SERVICE_PROVIDER', '{service improvement}',
                                'https://partner.example/hooks', $2, $3, $4, $4)""")
                .execute(Tuple.of(partner, secret, pseudonymKey, now)));

        int resealed = VertxContextSupport.subscribeAndAwait(() -> rewrap.rewrapNow());

        assertThat(resealed).isGreaterThanOrEqualTo(2);
        Row row = VertxContextSupport.subscribeAndAwait(() -> pool.preparedQuery(
                        "SELECT webhook_secret_encrypted, pseudonym_key_encrypted FROM partner WHERE id = $1")
                .execute(Tuple.of(partner))).iterator().next();
        String storedSecret = row.getString(0);
        String storedPseudonymKey = row.getString(1);
        assertThat(storedSecret).startsWith(SecretCipher.KEYSET_PREFIX);
        assertThat(storedPseudonymKey).startsWith(SecretCipher.KEYSET_PREFIX);
        assertThat(cipher.decrypt(storedSecret, "partner:" + partner)).isEqualTo("whsec-legacy");
        assertThat(cipher.decrypt(storedPseudonymKey, "partner-pseudonym:" + partner)).isEqualTo("cHNldWRvbnltLWtleQ==");

        assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> rewrap.rewrapNow()))
                .as("nothing is left to re-seal").isZero();
    }
}
