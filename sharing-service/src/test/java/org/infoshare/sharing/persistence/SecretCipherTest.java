package org.infoshare.sharing.persistence;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stored secrets under a Tink keyset: bound to their row, readable after a rotation, re-sealed on demand. */
class SecretCipherTest {

    private static final String LEGACY_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @BeforeAll
    static void registerTink() throws GeneralSecurityException {
        AeadConfig.register();
    }

    private static KeysetHandle newKeyset() throws GeneralSecurityException {
        return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    }

    private static KeysetHandle rotated(KeysetHandle keys) throws GeneralSecurityException {
        return KeysetHandle.newBuilder(keys)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                        .withRandomId().makePrimary())
                .build();
    }

    private static String json(KeysetHandle keys) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeyset(keys, InsecureSecretKeyAccess.get());
    }

    private static SecretCipher cipher(KeysetHandle keys, Optional<String> legacyKey) throws GeneralSecurityException {
        return new SecretCipher(json(keys), legacyKey);
    }

    @Test
    @DisplayName("a secret sealed for one row opens for that row only, and never shows its plaintext")
    void boundToItsRow() throws Exception {
        SecretCipher cipher = cipher(newKeyset(), Optional.empty());

        String stored = cipher.encrypt("whsec-partner-a", "partner:partner-a");

        assertThat(stored).startsWith("tink:").doesNotContain("whsec");
        assertThat(cipher.decrypt(stored, "partner:partner-a")).isEqualTo("whsec-partner-a");
        assertThatThrownBy(() -> cipher.decrypt(stored, "partner:partner-b")).isInstanceOf(IllegalStateException.class);
        assertThat(cipher.needsRewrap(stored)).isFalse();
    }

    @Test
    @DisplayName("after a rotation, values sealed by the old key still open, are marked for re-sealing and re-seal under the new primary")
    void rotation() throws Exception {
        KeysetHandle before = newKeyset();
        String stored = cipher(before, Optional.empty()).encrypt("named recipient", "protocol:1");
        SecretCipher after = cipher(rotated(before), Optional.empty());

        assertThat(after.decrypt(stored, "protocol:1")).isEqualTo("named recipient");
        assertThat(after.needsRewrap(stored)).isTrue();

        String resealed = after.rewrap(stored, "protocol:1");
        assertThat(after.needsRewrap(resealed)).isFalse();
        assertThat(after.decrypt(resealed, "protocol:1")).isEqualTo("named recipient");
        assertThatThrownBy(() -> cipher(before, Optional.empty()).decrypt(resealed, "protocol:1"))
                .as("the old keyset alone cannot open what the new primary sealed")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a value in the pre-keyset format opens with the former key, is marked for re-sealing, and re-seals into the keyset")
    void legacyFormat() throws Exception {
        String legacy = legacySeal("whsec-old", "partner:partner-c");
        SecretCipher cipher = cipher(newKeyset(), Optional.of(LEGACY_KEY));

        assertThat(cipher.decrypt(legacy, "partner:partner-c")).isEqualTo("whsec-old");
        assertThat(cipher.needsRewrap(legacy)).isTrue();
        String resealed = cipher.rewrap(legacy, "partner:partner-c");
        assertThat(resealed).startsWith("tink:");
        assertThat(cipher.decrypt(resealed, "partner:partner-c")).isEqualTo("whsec-old");
    }

    @Test
    @DisplayName("a value in the pre-keyset format without the former key fails with a message naming the setting")
    void legacyWithoutKey() throws Exception {
        String legacy = legacySeal("whsec-old", "partner:partner-c");
        SecretCipher cipher = cipher(newKeyset(), Optional.empty());

        assertThatThrownBy(() -> cipher.decrypt(legacy, "partner:partner-c"))
                .hasMessageContaining("SHARING_SECRETS_KEY");
    }

    @Test
    @DisplayName("a keyset that is not a Tink JSON keyset stops the start with the setting's name")
    void badKeyset() {
        assertThatThrownBy(() -> new SecretCipher("not a keyset", Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SHARING_SECRETS_KEYSET");
    }

    /** The former format: base64 nonce ':' base64 AES-256-GCM ciphertext, the row id as associated data. */
    static String legacySeal(String plain, String rowId) throws GeneralSecurityException {
        return legacySeal(plain, rowId, LEGACY_KEY);
    }

    static String legacySeal(String plain, String rowId, String keyBase64) throws GeneralSecurityException {
        byte[] nonce = new byte[12];
        new java.security.SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(keyBase64), "AES"),
                new GCMParameterSpec(128, nonce));
        cipher.updateAAD(rowId.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(nonce) + ":"
                + Base64.getEncoder().encodeToString(cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }
}
