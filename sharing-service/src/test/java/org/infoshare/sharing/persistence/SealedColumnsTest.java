package org.infoshare.sharing.persistence;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 11: payloads and release contents sealed at rest, bound to their row and column, readable after rotation. */
class SealedColumnsTest {

    private static final String PAYLOAD = "{\"records\":[{\"experience\":{\"summary\":\"Sent home without medication\"}}]}";

    @BeforeAll
    static void registerTink() throws GeneralSecurityException {
        AeadConfig.register();
    }

    private static SealedColumns columns(KeysetHandle keys) throws GeneralSecurityException {
        return new SealedColumns(new SecretCipher(TinkJsonProtoKeysetFormat.serializeKeyset(keys,
                InsecureSecretKeyAccess.get()), Optional.empty()));
    }

    @Test
    @DisplayName("a payload sealed for one row opens there only: not in another row, nor as another column")
    void boundToRowAndColumn() throws Exception {
        SealedColumns columns = columns(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
        UUID row = UUID.randomUUID();

        SealedColumns.Sealed sealed = columns.seal(PAYLOAD, SealedColumns.SHARE_PAYLOAD, row);

        assertThat(sealed.value()).startsWith(SecretCipher.KEYSET_PREFIX).doesNotContain("medication", "experience");
        assertThat(columns.open(sealed.value(), null, SealedColumns.SHARE_PAYLOAD, row)).isEqualTo(PAYLOAD);
        assertThatThrownBy(() -> columns.open(sealed.value(), null, SealedColumns.SHARE_PAYLOAD, UUID.randomUUID()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> columns.open(sealed.value(), null, SealedColumns.RELEASE_CONTENT, row))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a row written before sealing is read from its plain column until it is re-sealed")
    void legacyRowsReadPlain() throws Exception {
        SealedColumns columns = columns(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));

        assertThat(columns.open(null, PAYLOAD, SealedColumns.SHARE_PAYLOAD, UUID.randomUUID())).isEqualTo(PAYLOAD);
        assertThatThrownBy(() -> columns.open(null, null, SealedColumns.SHARE_PAYLOAD, UUID.randomUUID()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("after a rotation old values still open, the new primary seals, and the old key is listed as retired")
    void rotation() throws Exception {
        KeysetHandle before = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        KeysetHandle after = KeysetHandle.newBuilder(before)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                        .withRandomId().makePrimary())
                .build();
        UUID row = UUID.randomUUID();
        SealedColumns.Sealed old = columns(before).seal(PAYLOAD, SealedColumns.RELEASE_CONTENT, row);

        SealedColumns rotated = columns(after);

        assertThat(rotated.open(old.value(), null, SealedColumns.RELEASE_CONTENT, row)).isEqualTo(PAYLOAD);
        assertThat(rotated.retiredKeyIds()).containsExactly(old.keyId());
        SealedColumns.Sealed resealed = rotated.seal(PAYLOAD, SealedColumns.RELEASE_CONTENT, row);
        assertThat(resealed.keyId()).isEqualTo(after.getPrimary().getId()).isNotEqualTo(old.keyId());
    }
}
