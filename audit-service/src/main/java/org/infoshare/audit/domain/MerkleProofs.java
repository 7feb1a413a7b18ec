package org.infoshare.audit.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** RFC 6962 / RFC 9162 inclusion and consistency proofs: building them, and checking them as an auditor would. */
public final class MerkleProofs {

    private MerkleProofs() {
    }

    /** PATH(m, D[n]) over the first {@code size} leaves. */
    public static List<byte[]> inclusion(Subtrees tree, long index, long size) {
        if (index < 0 || index >= size || size > tree.size()) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(tree, index, 0, size, path);
        return path;
    }

    private static void path(Subtrees tree, long m, long lo, long hi, List<byte[]> out) {
        if (hi - lo == 1) {
            return;
        }
        long k = Subtrees.largestPowerOfTwoBelow(hi - lo);
        if (m < lo + k) {
            path(tree, m, lo, lo + k, out);
            out.add(tree.hash(lo + k, hi));
        } else {
            path(tree, m, lo + k, hi, out);
            out.add(tree.hash(lo, lo + k));
        }
    }

    /** PROOF(m, D[n]): the old tree of {@code first} leaves is a prefix of the new one of {@code second}. */
    public static List<byte[]> consistency(Subtrees tree, long first, long second) {
        if (first < 0 || first > second || second > tree.size()) {
            throw new IllegalArgumentException("no consistency proof from " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first == 0 || first == second) {
            return proof;
        }
        subproof(tree, first, 0, second, true, proof);
        return proof;
    }

    private static void subproof(Subtrees tree, long m, long lo, long hi, boolean b, List<byte[]> out) {
        long n = hi - lo;
        if (m == n) {
            if (!b) {
                out.add(tree.hash(lo, hi));
            }
            return;
        }
        long k = Subtrees.largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(tree, m, lo, lo + k, b, out);
            out.add(tree.hash(lo + k, hi));
        } else {
            subproof(tree, m - k, lo + k, hi, false, out);
            out.add(tree.hash(lo, lo + k));
        }
    }

    /** RFC 9162, 2.1.3.2. */
    public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162, 2.1.4.2. */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
                                            List<byte[]> proof) {
        if (first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHash.node(c, fr);
                sr = MerkleHash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }
}
