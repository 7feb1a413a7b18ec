package org.infoshare.audit.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** RFC 6962 hashing: leaf = SHA-256(0x00 || entry), node = SHA-256(0x01 || left || right). */
public final class MerkleHash {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(MerkleHash::newDigest);

    /** Root of the empty tree: SHA-256 of nothing (RFC 6962, section 2.1). */
    public static final byte[] EMPTY_ROOT = sha256(new byte[0]);

    private MerkleHash() {
    }

    public static byte[] leaf(byte[] entry) {
        MessageDigest digest = SHA256.get();
        digest.update((byte) 0x00);
        return digest.digest(entry);
    }

    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest digest = SHA256.get();
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    public static byte[] sha256(byte[] bytes) {
        return SHA256.get().digest(bytes);
    }

    public static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    public static byte[] unhex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
