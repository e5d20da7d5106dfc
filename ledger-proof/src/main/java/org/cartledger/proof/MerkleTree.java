package org.cartledger.proof;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 §2.1 over SHA-256 (docs/ledger-proofs.md §3): tree hashes, audit paths,
 * consistency proofs and their verification.
 *
 * <p>The path builders take the leaf hashes of the whole log (or at least of the largest tree they are
 * asked about) and throw {@link IllegalArgumentException} for arguments that name no tree or leaf.
 * The verifiers never throw: any input they cannot make sense of is a proof that does not verify.
 */
public final class MerkleTree {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final byte[] EMPTY_ROOT_HASH = Hashes.sha256();

    /** The root of the empty tree, {@code SHA-256()}; a copy, so callers cannot change it. */
    public static byte[] emptyRoot() {
        return EMPTY_ROOT_HASH.clone();
    }

    private MerkleTree() {
    }

    /** {@code SHA-256(0x00 || leafData)}. */
    public static byte[] leafHash(byte[] leafData) {
        return Hashes.sha256(new byte[] {LEAF_PREFIX}, leafData);
    }

    /** {@code SHA-256(0x01 || left || right)}. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        return Hashes.sha256(new byte[] {NODE_PREFIX}, left, right);
    }

    /** The root over all the given leaf hashes. */
    public static byte[] rootHash(List<byte[]> leafHashes) {
        return rootHash(leafHashes, leafHashes.size());
    }

    /** The root of the tree of the first {@code treeSize} leaves. */
    public static byte[] rootHash(List<byte[]> leafHashes, int treeSize) {
        if (treeSize < 0 || treeSize > leafHashes.size()) {
            throw new IllegalArgumentException("a tree of size " + treeSize + " needs that many leaves; "
                    + leafHashes.size() + " were given");
        }
        return treeSize == 0 ? emptyRoot() : subtreeHash(leafHashes, 0, treeSize);
    }

    /**
     * The roots of the trees of the first {@code treeSizes[i]} leaves, for many sizes in one pass over
     * the leaves: each root is folded from the perfect subtrees that make up its size, so checking
     * thousands of tree heads against a large ledger costs one hash per leaf, not one per leaf per head.
     *
     * @param treeSizes ascending sizes, none larger than the number of leaves
     * @return the roots, in the order of {@code treeSizes}
     * @throws IllegalArgumentException if the sizes are not ascending or name more leaves than given
     */
    public static List<byte[]> rootHashes(List<byte[]> leafHashes, List<Integer> treeSizes) {
        List<byte[]> roots = new ArrayList<>(treeSizes.size());
        // perfect subtrees of the leaves taken so far, largest (leftmost) first, with their sizes
        List<byte[]> subtrees = new ArrayList<>();
        List<Integer> subtreeSizes = new ArrayList<>();
        int taken = 0;
        for (int size : treeSizes) {
            if (size < taken || size > leafHashes.size()) {
                throw new IllegalArgumentException("tree sizes must ascend and stay within the " + leafHashes.size()
                        + " leaves given; " + size + " does not");
            }
            for (; taken < size; taken++) {
                subtrees.add(leafHashes.get(taken));
                subtreeSizes.add(1);
                int last = subtrees.size() - 1;
                while (last > 0 && subtreeSizes.get(last).equals(subtreeSizes.get(last - 1))) {
                    subtrees.set(last - 1, nodeHash(subtrees.get(last - 1), subtrees.get(last)));
                    subtreeSizes.set(last - 1, subtreeSizes.get(last - 1) * 2);
                    subtrees.remove(last);
                    subtreeSizes.remove(last);
                    last--;
                }
            }
            if (subtrees.isEmpty()) {
                roots.add(emptyRoot());
                continue;
            }
            byte[] root = subtrees.get(subtrees.size() - 1);
            for (int i = subtrees.size() - 2; i >= 0; i--) {
                root = nodeHash(subtrees.get(i), root);
            }
            roots.add(root);
        }
        return roots;
    }

    /**
     * The audit path (RFC 9162 §2.1.3.1) of leaf {@code leafIndex} in the tree of the first
     * {@code treeSize} leaves, ordered from the leaf's sibling up to the root's child.
     */
    public static List<byte[]> inclusionPath(List<byte[]> leafHashes, int leafIndex, int treeSize) {
        if (treeSize < 1 || treeSize > leafHashes.size()) {
            throw new IllegalArgumentException("no tree of size " + treeSize + " among " + leafHashes.size()
                    + " leaves has an audit path");
        }
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of size " + treeSize);
        }
        List<byte[]> path = new ArrayList<>();
        inclusionPath(leafHashes, leafIndex, 0, treeSize, path);
        return path;
    }

    /**
     * The consistency proof (RFC 9162 §2.1.4.1) between the trees of the first {@code fromSize} and
     * the first {@code toSize} leaves; empty when the sizes are equal.
     *
     * @throws IllegalArgumentException also when {@code fromSize} is 0 and {@code toSize} is not: RFC
     *                                  9162 defines no proof from the empty tree (every tree extends
     *                                  it, so there is nothing to prove), and {@link #verifyConsistency}
     *                                  accepts none
     */
    public static List<byte[]> consistencyPath(List<byte[]> leafHashes, int fromSize, int toSize) {
        if (fromSize < 0 || fromSize > toSize) {
            throw new IllegalArgumentException("no consistency proof from size " + fromSize + " to size " + toSize
                    + ": the older tree must not be larger");
        }
        if (toSize > leafHashes.size()) {
            throw new IllegalArgumentException("a tree of size " + toSize + " needs that many leaves; "
                    + leafHashes.size() + " were given");
        }
        if (fromSize == 0 && toSize > 0) {
            throw new IllegalArgumentException("no consistency proof from the empty tree: every tree extends it");
        }
        List<byte[]> path = new ArrayList<>();
        if (fromSize < toSize) {
            subproof(leafHashes, fromSize, 0, toSize, true, path);
        }
        return path;
    }

    /** Verifies an audit path by the algorithm of RFC 9162 §2.1.3.2. */
    public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> auditPath,
                                          byte[] rootHash) {
        if (leafIndex < 0 || leafIndex >= treeSize || !isHash(leafHash) || !isHash(rootHash)
                || !areHashes(auditPath)) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : auditPath) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, rootHash);
    }

    /**
     * Verifies a consistency proof by the algorithm of RFC 9162 §2.1.4.2, for
     * {@code 0 < fromSize < toSize}. Equal sizes verify exactly when the path is empty and the roots
     * are equal. Everything else fails, as in the RFC: {@code fromSize} 0 with a larger
     * {@code toSize} (no proof from the empty tree exists), {@code fromSize > toSize}, a negative size,
     * or a hash that is not 32 bytes.
     */
    public static boolean verifyConsistency(long fromSize, long toSize, byte[] fromRoot, byte[] toRoot,
                                            List<byte[]> path) {
        if (fromSize < 0 || fromSize > toSize || !isHash(fromRoot) || !isHash(toRoot) || !areHashes(path)) {
            return false;
        }
        if (fromSize == toSize) {
            return path.isEmpty() && MessageDigest.isEqual(fromRoot, toRoot);
        }
        if (fromSize == 0 || path.isEmpty()) {
            return false;
        }
        List<byte[]> proof = path;
        if (Long.bitCount(fromSize) == 1) {
            proof = new ArrayList<>(path.size() + 1);
            proof.add(fromRoot);
            proof.addAll(path);
        }
        long fn = fromSize - 1;
        long sn = toSize - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = proof.get(0);
        byte[] sr = proof.get(0);
        for (byte[] c : proof.subList(1, proof.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, fromRoot) && MessageDigest.isEqual(sr, toRoot);
    }

    /** MTH(D[start:end]) for end > start. */
    private static byte[] subtreeHash(List<byte[]> leaves, int start, int end) {
        int n = end - start;
        if (n == 1) {
            return leaves.get(start);
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(subtreeHash(leaves, start, start + k), subtreeHash(leaves, start + k, end));
    }

    /** PATH(m, D[start:end]), appended leaf-side first; m is relative to start. */
    private static void inclusionPath(List<byte[]> leaves, int m, int start, int end, List<byte[]> path) {
        int n = end - start;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            inclusionPath(leaves, m, start, start + k, path);
            path.add(subtreeHash(leaves, start + k, end));
        } else {
            inclusionPath(leaves, m - k, start + k, end, path);
            path.add(subtreeHash(leaves, start, start + k));
        }
    }

    /** SUBPROOF(m, D[start:end], b), appended in the RFC's order; m is relative to start. */
    private static void subproof(List<byte[]> leaves, int m, int start, int end, boolean wholeOldTree,
                                 List<byte[]> path) {
        int n = end - start;
        if (m == n) {
            if (!wholeOldTree) {
                path.add(subtreeHash(leaves, start, end));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(leaves, m, start, start + k, wholeOldTree, path);
            path.add(subtreeHash(leaves, start + k, end));
        } else {
            subproof(leaves, m - k, start + k, end, false, path);
            path.add(subtreeHash(leaves, start, start + k));
        }
    }

    /** The largest power of two smaller than n, for n > 1. */
    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static boolean isHash(byte[] hash) {
        return hash != null && hash.length == Hashes.HASH_LENGTH;
    }

    private static boolean areHashes(List<byte[]> hashes) {
        if (hashes == null) {
            return false;
        }
        for (byte[] hash : hashes) {
            if (!isHash(hash)) {
                return false;
            }
        }
        return true;
    }
}
