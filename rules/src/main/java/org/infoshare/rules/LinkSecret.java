package org.infoshare.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an account-free link (issue 13 item 4: a person's one-time link and session in
 * consent-service, a small provider's signed link in sharing-service): 256 random bits, base64url
 * without padding (43 characters), given out once. Only its SHA-256 is stored: a random 256-bit
 * secret needs no salt or slow hash, the digest gives nothing back, and a look-up by digest compares
 * no secret in Java.
 */
public final class LinkSecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private LinkSecret() {
    }

    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a presented value can be a secret at all, checked before any look-up. */
    public static boolean wellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    /** The SHA-256 stored in place of the secret. */
    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The same digest as lower-case hex, for a text column. */
    public static String hexHash(String secret) {
        return HexFormat.of().formatHex(hash(secret));
    }
}
