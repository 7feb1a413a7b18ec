package org.infoshare.audit.domain;

/** SHA-256 of an event's payload, hex-encoded: the trail proves what was said without a copy. */
public final class PayloadDigest {

    private PayloadDigest() {
    }

    public static String sha256(byte[] payload) {
        return MerkleHash.hex(MerkleHash.sha256(payload));
    }
}
