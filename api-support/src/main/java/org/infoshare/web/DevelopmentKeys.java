package org.infoshare.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys committed to this repository for local use (deploy/local/dev-keys, audit-service/dev-keys,
 * the %dev/%test values), known by the SHA-256 of their key bytes so that no production profile
 * runs with a key anyone can read. The key bytes are the base64-decoded value, or for a Tink JSON
 * keyset each key's {@code value}, so reformatting a keyset does not hide it.
 */
public final class DevelopmentKeys {

    /** SHA-256 of the key bytes, hex, with where the key lives. */
    static final Map<String, String> FINGERPRINTS = Map.of(
            "38041f502ab10fe0e447fd2ae190c4f767025b39cf3f635e3971a33332a9cc7d", "deploy/local/dev-keys/consent-vault-aead.json",
            "938b2846c8d12f46daea16495eb24fb3e10f113714336c0c1d677846a21348ac", "deploy/local/dev-keys/consent-vault-index.json",
            "b9add058ceaddd25b942fd555766d7f3c9dc4685e1897d2901b9d3615cc49fb6", "deploy/local/dev-keys/sharing-secrets-key.b64",
            "319086f79eb492f218b5eef8a8cb75020ba6c10fdd5ed1631c9782ab62d93ab0", "sharing-service's %dev/%test secrets key",
            "708c08537074618fa322fe709c229d1ddc56c6cae5bf3c034283b96e0ebcd15f", "deploy/local/dev-keys/sharing-secrets-keyset.json",
            "13456566e411ca27d15fbea44be42981da101e71a2d2ebbae27c5774a5107853", "sharing-service's %dev/%test secrets keyset",
            "a1a0f1257271c12b735fddce550bf6f99cc29736139c768ba88a2231fc0fe308", "audit-service/dev-keys/checkpoint-signing-ed25519.b64");

    private static final Pattern KEYSET_VALUE = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"");

    private DevelopmentKeys() {
    }

    /** Where the committed key in {@code value} comes from, if it holds one. */
    public static Optional<String> committedKey(String value) {
        for (byte[] key : keyBytes(value)) {
            String known = FINGERPRINTS.get(fingerprint(key));
            if (known != null) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    static String fingerprint(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The key bytes in a configured value: each key of a JSON keyset, else the base64-decoded value, else its text. */
    static List<byte[]> keyBytes(String value) {
        String trimmed = value.strip();
        List<byte[]> keys = new ArrayList<>();
        if (trimmed.startsWith("{")) {
            Matcher matcher = KEYSET_VALUE.matcher(trimmed);
            while (matcher.find()) {
                decoded(matcher.group(1)).ifPresent(keys::add);
            }
        }
        keys.add(decoded(trimmed).orElse(trimmed.getBytes(StandardCharsets.UTF_8)));
        return keys;
    }

    private static Optional<byte[]> decoded(String base64) {
        try {
            return Optional.of(Base64.getDecoder().decode(base64.replaceAll("\\s", "")));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
