package org.infoshare.events.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on every webhook sharing-service sends to a partner (P6.8), and its check, for the
 * partner's side. Header {@value #HEADER}: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>} over
 * {@code <t>.<raw body>} with the partner's signing secret. Signing the timestamp with the body lets
 * a receiver refuse a replay outside its window; comparing in constant time avoids a timing oracle.
 */
public final class WebhookSignature {

    public static final String HEADER = "Infoshare-Signature";
    /** How far from the receiver's clock a signed timestamp may be, by default. */
    public static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    /** The header value for {@code body} signed at {@code at}. */
    public static String sign(String secret, Instant at, String body) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac(secret, t, body));
    }

    /**
     * Whether {@code header} is a valid signature of {@code body} made within {@code window} of
     * {@code now}. Any malformed header is simply invalid.
     */
    public static boolean verify(String secret, String header, String body, Instant now, Duration window) {
        Objects.requireNonNull(secret, "secret");
        if (header == null || body == null) {
            return false;
        }
        Long t = null;
        byte[] given = null;
        for (String part : header.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                return false;
            }
            try {
                if (kv[0].equals("t")) {
                    t = Long.parseLong(kv[1]);
                } else if (kv[0].equals("v1")) {
                    given = HexFormat.of().parseHex(kv[1]);
                }
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }
        if (t == null || given == null) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(t), now).abs().compareTo(window) > 0) {
            return false;
        }
        return MessageDigest.isEqual(given, mac(secret, t, body));
    }

    private static byte[] mac(String secret, long t, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
