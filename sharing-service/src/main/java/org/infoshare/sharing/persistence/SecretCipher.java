package org.infoshare.sharing.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Encrypts what sharing-service must be able to read back but never show or store in clear: a
 * partner's webhook signing secret (needed to sign webhooks) and a protocol's named recipient.
 * AES-256-GCM with a random 96-bit nonce; the row's id is associated data, so a value cannot be
 * moved to another row. The key comes from {@code SHARING_SECRETS_KEY} (base64, 32 bytes).
 */
@ApplicationScoped
public class SecretCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Optional<SecretKeySpec> key;

    SecretCipher(@ConfigProperty(name = "infoshare.sharing.secrets-key") Optional<String> key) {
        this.key = key.filter(k -> !k.isBlank()).map(k -> {
            byte[] bytes = Base64.getDecoder().decode(k.trim());
            if (bytes.length != 32) {
                throw new IllegalStateException("infoshare.sharing.secrets-key must be 32 bytes, base64");
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
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(rowId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(nonce) + ":" + Base64.getEncoder().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a secret could not be encrypted", e);
        }
    }

    String decrypt(String stored, String rowId) {
        try {
            String[] parts = stored.split(":", 2);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(128, Base64.getDecoder().decode(parts[0])));
            cipher.updateAAD(rowId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(Base64.getDecoder().decode(parts[1])), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored secret could not be decrypted", e);
        }
    }

    private SecretKeySpec requireKey() {
        return key.orElseThrow(() -> new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "No key is configured for stored secrets (SHARING_SECRETS_KEY)"));
    }
}
