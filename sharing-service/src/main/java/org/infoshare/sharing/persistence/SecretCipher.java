package org.infoshare.sharing.persistence;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Encrypts what sharing-service must be able to read back but never show or store in clear: a
 * partner's webhook signing secret (needed to sign webhooks), its pseudonym key, a protocol's
 * named recipient, the account of a safeguarding concern (P3.1), and share payloads and release contents
 * ({@link SealedColumns}). AES-256-GCM through a Tink keyset ({@code SHARING_SECRETS_KEYSET}): each value
 * carries the id of the key that sealed it, so the keyset can rotate (a new primary seals, the
 * older keys still open) and {@link StoredSecretsRewrap} re-seals old values under the primary.
 * The row's id is associated data, so a value cannot be moved to another row.
 * <p>
 * Values stored before keysets ({@code nonce:ciphertext}, one raw AES key) still open with the
 * legacy key ({@code SHARING_SECRETS_KEY}) until the rewrap has re-sealed them.
 */
@ApplicationScoped
public class SecretCipher {

    /** Marks a value sealed by the keyset (Tink's output carries the key id after it). */
    static final String KEYSET_PREFIX = "tink:";
    /** Tink's prefix: one version byte, then the four-byte key id. */
    private static final int TINK_PREFIX_BYTES = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Aead aead;
    private final int primaryKeyId;
    private final List<Integer> otherKeyIds;
    private final Optional<SecretKeySpec> legacyKey;

    SecretCipher(@ConfigProperty(name = "infoshare.sharing.secrets-keyset") String keyset,
                 @ConfigProperty(name = "infoshare.sharing.secrets-legacy-key") Optional<String> legacyKey) {
        try {
            AeadConfig.register();
            KeysetHandle keys = TinkJsonProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get());
            this.aead = keys.getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.primaryKeyId = keys.getPrimary().getId();
            List<Integer> others = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                if (keys.getAt(i).getId() != primaryKeyId) {
                    others.add(keys.getAt(i).getId());
                }
            }
            this.otherKeyIds = List.copyOf(others);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("infoshare.sharing.secrets-keyset (SHARING_SECRETS_KEYSET) is not a Tink "
                    + "JSON keyset of AEAD keys", e);
        }
        this.legacyKey = legacyKey.filter(k -> !k.isBlank()).map(k -> {
            byte[] bytes = Base64.getDecoder().decode(k.trim());
            if (bytes.length != 32) {
                throw new IllegalStateException("infoshare.sharing.secrets-legacy-key must be 32 bytes, base64");
            }
            return new SecretKeySpec(bytes, "AES");
        });
    }

    /** 256 random bits, e.g. a partner's pseudonym key (P7.1). */
    static byte[] randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    String encrypt(String plain, String rowId) {
        try {
            byte[] sealed = aead.encrypt(plain.getBytes(StandardCharsets.UTF_8), rowId.getBytes(StandardCharsets.UTF_8));
            return KEYSET_PREFIX + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a secret could not be encrypted", e);
        }
    }

    String decrypt(String stored, String rowId) {
        try {
            if (stored.startsWith(KEYSET_PREFIX)) {
                byte[] sealed = Base64.getDecoder().decode(stored.substring(KEYSET_PREFIX.length()));
                return new String(aead.decrypt(sealed, rowId.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            }
            return decryptLegacy(stored, rowId);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored secret could not be decrypted with the configured keys", e);
        }
    }

    /** The id of the key that seals now ({@link #encrypt} always uses it). */
    int primaryKeyId() {
        return primaryKeyId;
    }

    /** The keyset's other keys: values they sealed still open, and are re-sealed under the primary. */
    List<Integer> otherKeyIds() {
        return otherKeyIds;
    }

    /** Whether a stored value should be sealed again: the old format, or a key that is no longer primary. */
    boolean needsRewrap(String stored) {
        if (!stored.startsWith(KEYSET_PREFIX)) {
            return true;
        }
        byte[] sealed = Base64.getDecoder().decode(stored.substring(KEYSET_PREFIX.length()));
        return sealed.length < TINK_PREFIX_BYTES || ByteBuffer.wrap(sealed, 1, 4).getInt() != primaryKeyId;
    }

    /** The same value sealed under the keyset's primary key. */
    String rewrap(String stored, String rowId) {
        return encrypt(decrypt(stored, rowId), rowId);
    }

    private String decryptLegacy(String stored, String rowId) throws GeneralSecurityException {
        SecretKeySpec key = legacyKey.orElseThrow(() -> new IllegalStateException("a stored secret predates the "
                + "keyset: set SHARING_SECRETS_KEY (the former key) until the rewrap has re-sealed every value"));
        String[] parts = stored.split(":", 2);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, Base64.getDecoder().decode(parts[0])));
        cipher.updateAAD(rowId.getBytes(StandardCharsets.UTF_8));
        return new String(cipher.doFinal(Base64.getDecoder().decode(parts[1])), StandardCharsets.UTF_8);
    }
}
