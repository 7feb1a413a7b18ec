package org.infoshare.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.infoshare.audit.config.AuditConfig;
import org.infoshare.audit.domain.Checkpoint;
import org.infoshare.audit.domain.MerkleHash;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Signs checkpoints with the trail's Ed25519 key (JDK provider) and checks them. The key comes
 * from configuration as PKCS#8; the public key is derived from it, and its SHA-256 names the key.
 * Checkpoints are checked by their key id against the signing key and the verify-only public keys
 * of earlier signing keys, so rotating the signing key leaves the older checkpoints verifiable.
 */
@ApplicationScoped
public class TrailSigner implements Checkpoint.SignatureCheck {

    private final KeyPair keys;
    private final String keyId;
    private final Map<String, PublicKey> verifyKeys;

    public TrailSigner(AuditConfig config) {
        this.keys = keyPair(config.signing().privateKey());
        this.keyId = keyId(keys.getPublic());
        Map<String, PublicKey> known = new HashMap<>();
        config.signing().verifyKeys().orElse(List.of()).stream()
                .map(TrailSigner::publicKey)
                .forEach(key -> known.put(keyId(key), key));
        known.put(keyId, keys.getPublic());
        this.verifyKeys = Map.copyOf(known);
    }

    static String keyId(PublicKey key) {
        return MerkleHash.hex(MerkleHash.sha256(key.getEncoded())).substring(0, 16);
    }

    /** The ids of every key whose checkpoints verify here: the signing key's and the verify-only ones. */
    public Set<String> verifyKeyIds() {
        return new TreeSet<>(verifyKeys.keySet());
    }

    public String keyId() {
        return keyId;
    }

    /** @return the public key, X.509 SubjectPublicKeyInfo DER in base64 */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    public byte[] sign(byte[] statement) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(keys.getPrivate());
            signature.update(statement);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint", e);
        }
    }

    @Override
    public boolean valid(Checkpoint checkpoint) {
        PublicKey key = verifyKeys.get(checkpoint.keyId());
        if (key == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(checkpoint.statement());
            return signature.verify(checkpoint.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static PublicKey publicKey(String x509Base64) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(x509Base64.trim())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("infoshare.audit.signing.verify-keys holds a value that is not an Ed25519 "
                    + "public key (X.509 SubjectPublicKeyInfo in base64)", e);
        }
    }

    /** The JDK cannot derive an Ed25519 public key directly; generating from the private seed does. */
    static KeyPair keyPair(String pkcs8Base64) {
        try {
            EdECPrivateKey privateKey = (EdECPrivateKey) KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8Base64.trim())));
            byte[] seed = privateKey.getBytes().orElseThrow(() -> new IllegalStateException("the key has no seed"));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
            KeyPair pair = generator.generateKeyPair();
            byte[] derived = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
            if (!Arrays.equals(seed, derived)) {
                throw new IllegalStateException("could not derive the public key of the signing key");
            }
            return pair;
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("infoshare.audit.signing.private-key is not an Ed25519 PKCS#8 key in base64", e);
        }
    }

    /** Hands the key generator the seed as its "random" bytes. */
    private static final class FixedSeed extends SecureRandom {
        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
        }
    }
}
