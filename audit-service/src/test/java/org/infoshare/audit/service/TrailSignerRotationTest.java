package org.infoshare.audit.service;

import org.infoshare.audit.config.AuditConfig;
import org.infoshare.audit.domain.Checkpoint;
import org.infoshare.audit.domain.MerkleHash;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** X1: rotating the signing key keeps the checkpoints the earlier key signed verifiable. */
class TrailSignerRotationTest {

    private static String newPrivateKey() throws NoSuchAlgorithmException {
        return Base64.getEncoder().encodeToString(
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
    }

    private static Checkpoint signedBy(TrailSigner signer) {
        byte[] root = MerkleHash.sha256(new byte[] {7});
        Instant at = Instant.parse("2026-11-30T03:00:00Z");
        byte[] signature = signer.sign(Checkpoint.statement(10, root, at, signer.keyId()));
        return new Checkpoint(10, root, new byte[0], at, signer.keyId(), signature);
    }

    @Test
    @DisplayName("X1 after a rotation, a checkpoint of the old key verifies when its public key is kept as a verify key")
    void oldCheckpointsVerifyWithTheirKeptPublicKey() throws Exception {
        TrailSigner old = new TrailSigner(config(newPrivateKey(), List.of()));
        Checkpoint before = signedBy(old);

        TrailSigner rotated = new TrailSigner(config(newPrivateKey(), List.of(old.publicKey())));

        assertThat(rotated.keyId()).isNotEqualTo(old.keyId());
        assertThat(rotated.valid(before)).isTrue();
        assertThat(rotated.valid(signedBy(rotated))).isTrue();
        assertThat(rotated.verifyKeyIds()).containsExactlyInAnyOrder(old.keyId(), rotated.keyId());
    }

    @Test
    @DisplayName("X1 without the old public key, the old key's checkpoints do not verify")
    void unknownKeyDoesNotVerify() throws Exception {
        Checkpoint before = signedBy(new TrailSigner(config(newPrivateKey(), List.of())));
        TrailSigner rotated = new TrailSigner(config(newPrivateKey(), List.of()));

        assertThat(rotated.valid(before)).isFalse();
        assertThat(rotated.verifyKeyIds()).containsExactly(rotated.keyId());
    }

    @Test
    @DisplayName("X1 a checkpoint claiming a kept key's id but signed by another key does not verify")
    void keyIdMustMatchTheSigner() throws Exception {
        TrailSigner old = new TrailSigner(config(newPrivateKey(), List.of()));
        TrailSigner forger = new TrailSigner(config(newPrivateKey(), List.of()));
        Checkpoint genuine = signedBy(old);
        byte[] forged = forger.sign(genuine.statement());
        Checkpoint claimed = new Checkpoint(genuine.treeSize(), genuine.root(), genuine.frontier(), genuine.signedAt(),
                old.keyId(), forged);

        TrailSigner rotated = new TrailSigner(config(newPrivateKey(), List.of(old.publicKey())));

        assertThat(rotated.valid(claimed)).isFalse();
    }

    @Test
    @DisplayName("a verify key that is not an Ed25519 public key stops the start with the setting's name")
    void badVerifyKeyIsRefused() throws Exception {
        String notAKey = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3});
        String privateKey = newPrivateKey();
        assertThatThrownBy(() -> new TrailSigner(config(privateKey, List.of(notAKey))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("infoshare.audit.signing.verify-keys");
    }

    private static AuditConfig config(String privateKey, List<String> verifyKeys) {
        return new AuditConfig() {
            @Override
            public Signing signing() {
                return new Signing() {
                    @Override
                    public String privateKey() {
                        return privateKey;
                    }

                    @Override
                    public Optional<List<String>> verifyKeys() {
                        return Optional.of(verifyKeys);
                    }
                };
            }

            @Override
            public Append append() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Checkpoint checkpoint() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Retention retention() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Misuse misuse() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int verifyPageSize() {
                return 10_000;
            }
        };
    }

}
