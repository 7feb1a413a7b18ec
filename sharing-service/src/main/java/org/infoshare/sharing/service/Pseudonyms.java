package org.infoshare.sharing.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * P7.1: pseudonyms keyed per recipient. Each partner has its own random key, so the same person has
 * a different pseudonym at every partner and two partners cannot link their data; the same partner
 * always sees the same pseudonym. Only sharing-service holds the keys, so only the organisation can
 * re-identify.
 */
public final class Pseudonyms {

    public static final String RULE_ID = "P7.1";

    private Pseudonyms() {
    }

    /** The pseudonymiser for one recipient, as the domain's release builder takes it. */
    public static UnaryOperator<String> forKey(byte[] partnerKey) {
        byte[] key = partnerKey.clone();
        return subjectId -> of(key, subjectId);
    }

    public static String of(byte[] partnerKey, String subjectId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(partnerKey, "HmacSHA256"));
            byte[] digest = mac.doFinal(subjectId.getBytes(StandardCharsets.UTF_8));
            return "psn-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
