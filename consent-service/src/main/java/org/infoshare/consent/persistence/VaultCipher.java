package org.infoshare.consent.persistence;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.Prf;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import jakarta.inject.Singleton;
import org.infoshare.consent.config.VaultKeysConfig;
import org.infoshare.consent.domain.IdentifierKind;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Encryption at rest for the vault (AES-256-GCM through a Tink keyset, bound to the subject id as
 * associated data so a ciphertext cannot be moved to another row) and the keyed blind index
 * (HMAC-SHA256) that finds a person by an exact identifier without decrypting anything.
 */
@Singleton
public class VaultCipher {

    private static final int DIGEST_BYTES = 32;

    private final Aead aead;
    private final int aeadPrimaryKeyId;
    private final PrfSet index;

    public VaultCipher(VaultKeysConfig keys) {
        try {
            AeadConfig.register();
            PrfConfig.register();
            KeysetHandle aeadKeys = TinkJsonProtoKeysetFormat.parseKeyset(keys.aeadKeyset(), InsecureSecretKeyAccess.get());
            KeysetHandle indexKeys = TinkJsonProtoKeysetFormat.parseKeyset(keys.indexKeyset(), InsecureSecretKeyAccess.get());
            this.aead = aeadKeys.getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.aeadPrimaryKeyId = aeadKeys.getPrimary().getId();
            this.index = indexKeys.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The vault keysets cannot be read: check infoshare.vault.*", e);
        }
    }

    /** The id of the key new values are encrypted with; stored beside each value. */
    public int currentKeyId() {
        return aeadPrimaryKeyId;
    }

    public byte[] encrypt(byte[] plaintext, String subjectId) {
        return encryptWith(plaintext, associatedData(subjectId));
    }

    /** Any key of the keyset decrypts: Tink finds it by the key id prefixed to the ciphertext. */
    public byte[] decrypt(byte[] ciphertext, String subjectId) {
        return decryptWith(ciphertext, associatedData(subjectId));
    }

    /** A proxy's identity (P6.9), bound to the consent they gave so it cannot be moved to another. */
    public byte[] encryptProxy(byte[] plaintext, UUID consentId) {
        return encryptWith(plaintext, ("proxy:" + consentId).getBytes(StandardCharsets.UTF_8));
    }

    public byte[] decryptProxy(byte[] ciphertext, UUID consentId) {
        return decryptWith(ciphertext, ("proxy:" + consentId).getBytes(StandardCharsets.UTF_8));
    }

    /** A merged breach notice, bound to its notice id so it cannot be moved to another queue row. */
    public byte[] encryptNotice(byte[] plaintext, UUID noticeId) {
        return encryptWith(plaintext, noticeAssociatedData(noticeId));
    }

    public byte[] decryptNotice(byte[] ciphertext, UUID noticeId) {
        return decryptWith(ciphertext, noticeAssociatedData(noticeId));
    }

    /** The identity prepared for a legal-duty disclosure (P2.1), bound to that disclosure. */
    public byte[] encryptLegalDisclosure(byte[] plaintext, UUID disclosureId) {
        return encryptWith(plaintext, ("legal-disclosure:" + disclosureId).getBytes(StandardCharsets.UTF_8));
    }

    public byte[] decryptLegalDisclosure(byte[] ciphertext, UUID disclosureId) {
        return decryptWith(ciphertext, ("legal-disclosure:" + disclosureId).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] encryptWith(byte[] plaintext, byte[] associatedData) {
        try {
            return aead.encrypt(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("vault encryption failed", e);
        }
    }

    private byte[] decryptWith(byte[] ciphertext, byte[] associatedData) {
        try {
            return aead.decrypt(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a vault value cannot be decrypted with the configured keys", e);
        }
    }

    /** The blind index digest of an identifier under the primary index key (for new entries). */
    public byte[] digest(IdentifierKind kind, String value) {
        try {
            return compute(index.getPrfs().get(index.getPrimaryId()), kind, value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("blind index keys unusable", e);
        }
    }

    /** Digests under every index key, so entries indexed before a key rotation are still found. */
    public List<byte[]> digestsForLookup(IdentifierKind kind, String value) {
        try {
            List<byte[]> digests = new ArrayList<>();
            for (Map.Entry<Integer, Prf> prf : index.getPrfs().entrySet()) {
                digests.add(compute(prf.getValue(), kind, value));
            }
            return digests;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("blind index keys unusable", e);
        }
    }

    private static byte[] compute(Prf prf, IdentifierKind kind, String value) {
        try {
            // The kind is part of the input, so equal strings of different kinds never collide.
            String input = kind.name() + ":" + kind.normalise(value);
            return prf.compute(input.getBytes(StandardCharsets.UTF_8), DIGEST_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("blind index computation failed", e);
        }
    }

    private static byte[] associatedData(String subjectId) {
        return ("vault-entry:" + subjectId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] noticeAssociatedData(UUID noticeId) {
        return ("breach-notice:" + noticeId).getBytes(StandardCharsets.UTF_8);
    }
}
