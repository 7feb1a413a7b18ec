package org.infoshare.consent.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The information sheet of one piece of work at one version (P6.5): what a person was told before
 * consenting. Published versions never change; the content hash proves which text was shown.
 */
public record InformationSheet(UUID id, String pieceOfWork, int version, String title, String text,
                               String documentReference, String contentHash, Instant publishedAt) {

    /** SHA-256 over the title, text and document reference, as published. */
    public static String contentHash(String title, String text, String documentReference) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {title, text, documentReference}) {
                byte[] bytes = (part == null ? "" : part).getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
