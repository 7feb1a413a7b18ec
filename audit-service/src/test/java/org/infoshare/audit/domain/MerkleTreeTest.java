package org.infoshare.audit.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** X1 tamper evidence rests on RFC 6962 hashing and proofs; checked here without I/O. */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    @DisplayName("X1 the tree root follows RFC 6962 (Certificate Transparency test vectors)")
    void rfc6962Vectors() {
        String[] inputs = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                "606162636465666768696a6b6c6d6e6f"};
        CompactRange range = new CompactRange();
        assertThat(MerkleHash.hex(range.root()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        for (String input : inputs) {
            range.append(MerkleHash.leaf(HEX.parseHex(input)));
        }
        assertThat(MerkleHash.hex(range.root()))
                .isEqualTo("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
    }

    @Test
    @DisplayName("X1 the compact range gives the same root as the recursive definition, at every size, and survives storage")
    void compactRangeMatchesDefinition() {
        List<byte[]> leaves = leaves(70);
        CompactRange range = new CompactRange();
        for (int n = 1; n <= leaves.size(); n++) {
            range.append(leaves.get(n - 1));
            Subtrees tree = new Subtrees(new CompactRange(), leaves.subList(0, n));
            assertThat(range.root()).isEqualTo(tree.hash(0, n));
            assertThat(CompactRange.fromBytes(range.toBytes()).root()).isEqualTo(range.root());
        }
    }

    @Test
    @DisplayName("X1 every inclusion proof verifies against its root, and fails for another leaf or a changed path")
    void inclusionProofs() {
        List<byte[]> leaves = leaves(33);
        for (int size = 1; size <= leaves.size(); size++) {
            Subtrees tree = new Subtrees(new CompactRange(), leaves.subList(0, size));
            byte[] root = tree.hash(0, size);
            for (int index = 0; index < size; index++) {
                List<byte[]> path = MerkleProofs.inclusion(tree, index, size);
                assertThat(MerkleProofs.verifyInclusion(leaves.get(index), index, size, path, root)).isTrue();
                assertThat(MerkleProofs.verifyInclusion(leaves.get((index + 1) % leaves.size()), index, size, path, root))
                        .isFalse();
                if (!path.isEmpty()) {
                    List<byte[]> changed = new ArrayList<>(path);
                    changed.set(0, MerkleHash.leaf(new byte[] {9}));
                    assertThat(MerkleProofs.verifyInclusion(leaves.get(index), index, size, changed, root)).isFalse();
                }
            }
        }
    }

    @Test
    @DisplayName("X1 every consistency proof between two tree sizes verifies, and fails against a different old root")
    void consistencyProofs() {
        List<byte[]> leaves = leaves(33);
        Subtrees tree = new Subtrees(new CompactRange(), leaves);
        for (int second = 1; second <= leaves.size(); second++) {
            byte[] secondRoot = tree.hash(0, second);
            for (int first = 1; first <= second; first++) {
                byte[] firstRoot = tree.hash(0, first);
                List<byte[]> proof = MerkleProofs.consistency(tree, first, second);
                assertThat(MerkleProofs.verifyConsistency(first, second, firstRoot, secondRoot, proof))
                        .as("%d -> %d", first, second).isTrue();
                if (first < second) {
                    assertThat(MerkleProofs.verifyConsistency(first, second, secondRoot, secondRoot, proof)).isFalse();
                }
            }
        }
    }

    @Test
    @DisplayName("P13.1 after a retention step the remaining leaves still get the same proofs from the removed prefix's compact range")
    void proofsAfterRetention() {
        List<byte[]> leaves = leaves(45);
        Subtrees full = new Subtrees(new CompactRange(), leaves);
        for (int horizon = 1; horizon < 30; horizon++) {
            CompactRange removed = new CompactRange();
            leaves.subList(0, horizon).forEach(removed::append);
            Subtrees pruned = new Subtrees(removed, leaves.subList(horizon, leaves.size()));
            for (int size = horizon + 1; size <= leaves.size(); size += 3) {
                assertThat(pruned.hash(0, size)).isEqualTo(full.hash(0, size));
                for (int index = horizon; index < size; index++) {
                    assertThat(MerkleProofs.inclusion(pruned, index, size))
                            .containsExactlyElementsOf(MerkleProofs.inclusion(full, index, size));
                }
                assertThat(MerkleProofs.consistency(pruned, horizon, size))
                        .containsExactlyElementsOf(MerkleProofs.consistency(full, horizon, size));
            }
        }
        CompactRange removed = new CompactRange();
        leaves.subList(0, 6).forEach(removed::append);
        Subtrees pruned = new Subtrees(removed, leaves.subList(6, leaves.size()));
        assertThatThrownBy(() -> MerkleProofs.inclusion(pruned, 1, 20))
                .isInstanceOf(Subtrees.RemovedByRetentionException.class);
    }

    @Test
    @DisplayName("X1 proofs streamed over the leaves (holding only the range hashes they need) equal the proofs built in memory, also after retention")
    void streamedProofsEqualInMemoryProofs() {
        List<byte[]> leaves = leaves(37);
        Subtrees full = new Subtrees(new CompactRange(), leaves);
        for (int horizon = 0; horizon < 12; horizon += 5) {
            CompactRange removed = new CompactRange();
            leaves.subList(0, horizon).forEach(removed::append);
            for (int size = horizon + 1; size <= leaves.size(); size++) {
                for (int index = horizon; index < size; index++) {
                    long m = index;
                    long n = size;
                    assertThat(streamed(leaves, removed, n, tree -> MerkleProofs.inclusion(tree, m, n)))
                            .as("inclusion %d in %d, horizon %d", m, n, horizon)
                            .containsExactlyElementsOf(MerkleProofs.inclusion(full, m, n));
                }
                for (int first = Math.max(horizon, 1); first <= size; first++) {
                    long a = first;
                    long b = size;
                    assertThat(streamed(leaves, removed, b, tree -> MerkleProofs.consistency(tree, a, b)))
                            .as("consistency %d -> %d, horizon %d", a, b, horizon)
                            .containsExactlyElementsOf(MerkleProofs.consistency(full, a, b));
                }
            }
        }
        CompactRange removed = new CompactRange();
        leaves.subList(0, 6).forEach(removed::append);
        assertThatThrownBy(() -> new StreamedProof(removed, 20, tree -> MerkleProofs.inclusion(tree, 1, 20)))
                .isInstanceOf(Subtrees.RemovedByRetentionException.class);
    }

    private static List<byte[]> streamed(List<byte[]> leaves, CompactRange removed, long size,
                                         Function<Subtrees, List<byte[]>> build) {
        StreamedProof proof = new StreamedProof(removed, size, build);
        assertThat(proof.end()).isLessThanOrEqualTo(size);
        while (proof.nextSeq() < proof.end()) {
            proof.accept(proof.nextSeq(), leaves.get((int) proof.nextSeq()));
        }
        return proof.build();
    }

    static List<byte[]> leaves(int count) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(MerkleHash.leaf(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }
}
