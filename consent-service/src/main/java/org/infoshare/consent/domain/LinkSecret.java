package org.infoshare.consent.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of a person's link or session (issue 13 item 4(a)): 256 random bits, URL-safe, given
 * out once; only its SHA-256 is stored, so the database cannot hand it back.
 */
public final class LinkSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkSecret() {
    }

    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 stored in place of the secret. */
    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether a presented value can be a secret at all (43 URL-safe characters), checked before any lookup. */
    public static boolean wellFormed(String value) {
        return value != null && value.matches("[A-Za-z0-9_-]{43}");
    }
}
