package org.cartledger.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MerkleTreeTest {

    /** The eight leaves of the certificate-transparency reference tests (RFC 6962, unchanged in RFC 9162). */
    private static final List<byte[]> REFERENCE_LEAVES = List.of(Hashes.unhex(""), Hashes.unhex("00"),
            Hashes.unhex("10"), Hashes.unhex("2021"), Hashes.unhex("3031"), Hashes.unhex("40414243"),
            Hashes.unhex("5051525354555657"), Hashes.unhex("606162636465666768696a6b6c6d6e6f"));
    private static final String[] REFERENCE_ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    @Test
    void theEmptyTreeHasTheHashOfNothingAsItsRoot() {
        assertThat(Hashes.hex(MerkleTree.emptyRoot()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(MerkleTree.rootHash(List.of())).isEqualTo(MerkleTree.emptyRoot());
        assertThat(MerkleTree.rootHash(leaves(5), 0)).isEqualTo(MerkleTree.emptyRoot());
    }

    @Test
    void leafAndNodeHashesArePrefixedWithZeroAndOne() {
        byte[] data = "data".getBytes(StandardCharsets.US_ASCII);
        assertThat(MerkleTree.leafHash(data)).isEqualTo(Hashes.sha256(new byte[] {0}, data));
        byte[] left = Hashes.sha256(new byte[] {1});
        byte[] right = Hashes.sha256(new byte[] {2});
        assertThat(MerkleTree.nodeHash(left, right)).isEqualTo(Hashes.sha256(new byte[] {1}, left, right));
    }

    @Test
    void aTreeOfOneLeafHasTheLeafHashAsItsRoot() {
        List<byte[]> leaves = leaves(1);
        assertThat(MerkleTree.rootHash(leaves)).isEqualTo(leaves.get(0));
    }

    @Test
    void theRootOfTwoLeavesIsTheNodeOfBoth() {
        List<byte[]> l = leaves(2);
        assertThat(MerkleTree.rootHash(l)).isEqualTo(MerkleTree.nodeHash(l.get(0), l.get(1)));
    }

    @Test
    void theRootOfThreeLeavesPairsTheFirstTwoAndAddsTheThirdAlone() {
        List<byte[]> l = leaves(3);
        assertThat(MerkleTree.rootHash(l))
                .isEqualTo(MerkleTree.nodeHash(MerkleTree.nodeHash(l.get(0), l.get(1)), l.get(2)));
    }

    @Test
    void aTreeSplitsAtTheLargestPowerOfTwoBelowItsSize() {
        List<byte[]> l = leaves(7);
        byte[] firstFour = MerkleTree.nodeHash(MerkleTree.nodeHash(l.get(0), l.get(1)),
                MerkleTree.nodeHash(l.get(2), l.get(3)));
        byte[] lastThree = MerkleTree.nodeHash(MerkleTree.nodeHash(l.get(4), l.get(5)), l.get(6));
        assertThat(MerkleTree.rootHash(l)).isEqualTo(MerkleTree.nodeHash(firstFour, lastThree));
        assertThat(MerkleTree.rootHash(l, 5)).isEqualTo(MerkleTree.nodeHash(firstFour, l.get(4)));
        assertThat(MerkleTree.rootHash(l, 4)).isEqualTo(firstFour);
    }

    @Test
    void rootsMatchTheCertificateTransparencyReferenceVectors() {
        List<byte[]> leafHashes = REFERENCE_LEAVES.stream().map(MerkleTree::leafHash).toList();
        for (int size = 1; size <= 8; size++) {
            assertThat(Hashes.hex(MerkleTree.rootHash(leafHashes, size))).as("size " + size)
                    .isEqualTo(REFERENCE_ROOTS[size - 1]);
        }
    }

    @Test
    void auditPathsMatchTheReferenceVectors() {
        List<byte[]> leafHashes = REFERENCE_LEAVES.stream().map(MerkleTree::leafHash).toList();
        assertThat(hexes(MerkleTree.inclusionPath(leafHashes, 0, 1))).isEmpty();
        assertThat(hexes(MerkleTree.inclusionPath(leafHashes, 0, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hexes(MerkleTree.inclusionPath(leafHashes, 5, 8))).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hexes(MerkleTree.inclusionPath(leafHashes, 2, 3))).containsExactly(
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertThat(hexes(MerkleTree.inclusionPath(leafHashes, 1, 5))).containsExactly(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
    }

    @Test
    void consistencyProofsMatchTheReferenceVectors() {
        List<byte[]> leafHashes = REFERENCE_LEAVES.stream().map(MerkleTree::leafHash).toList();
        assertThat(MerkleTree.consistencyPath(leafHashes, 1, 1)).isEmpty();
        assertThat(hexes(MerkleTree.consistencyPath(leafHashes, 1, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hexes(MerkleTree.consistencyPath(leafHashes, 6, 8))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hexes(MerkleTree.consistencyPath(leafHashes, 2, 5))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(hexes(MerkleTree.consistencyPath(leafHashes, 6, 7))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    }

    @ParameterizedTest(name = "tree of {0} leaves")
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 100, 1000, 3000})
    void everyLeafHasAnAuditPathThatLeadsToTheRoot(int size) {
        List<byte[]> leaves = leaves(size);
        byte[] root = MerkleTree.rootHash(leaves);
        for (int index : sample(size, 1000)) {
            List<byte[]> path = MerkleTree.inclusionPath(leaves, index, size);
            assertThat(path).as("path length of leaf " + index).hasSizeLessThanOrEqualTo(32 - Integer.numberOfLeadingZeros(size));
            assertThat(MerkleTree.verifyInclusion(index, size, leaves.get(index), path, root))
                    .as("leaf %d of %d", index, size).isTrue();
        }
    }

    @ParameterizedTest(name = "trees of up to {0} leaves")
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 100, 1000, 3000})
    void everyOlderTreeIsProvedConsistentWithEveryNewerOne(int size) {
        List<byte[]> leaves = leaves(size);
        List<Integer> toSizes = size <= 33 ? IntStream.rangeClosed(1, size).boxed().toList() : List.of(size);
        for (int toSize : toSizes) {
            byte[] toRoot = MerkleTree.rootHash(leaves, toSize);
            for (int fromSize : sample(toSize + 1, 200)) {
                if (fromSize == 0) {
                    continue;
                }
                byte[] fromRoot = MerkleTree.rootHash(leaves, fromSize);
                List<byte[]> path = MerkleTree.consistencyPath(leaves, fromSize, toSize);
                assertThat(MerkleTree.verifyConsistency(fromSize, toSize, fromRoot, toRoot, path))
                        .as("from %d to %d", fromSize, toSize).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "tree of {0} leaves")
    @ValueSource(ints = {2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 100, 1000, 3000})
    void anAuditPathFailsForAWrongLeafIndexSizeRootOrPath(int size) {
        List<byte[]> leaves = leaves(size);
        byte[] root = MerkleTree.rootHash(leaves);
        byte[] otherRoot = MerkleTree.rootHash(leaves, size - 1);
        for (int index : sample(size, 40)) {
            byte[] leaf = leaves.get(index);
            List<byte[]> path = MerkleTree.inclusionPath(leaves, index, size);
            String at = "leaf " + index + " of " + size;

            assertThat(MerkleTree.verifyInclusion(index, size, leaves.get((index + 1) % size), path, root))
                    .as("wrong leaf hash, " + at).isFalse();
            assertThat(MerkleTree.verifyInclusion(index, size, flip(leaf, 0), path, root)).as(at).isFalse();
            for (long wrongIndex : new long[] {index - 1, index + 1, index ^ 2, index + size, -1}) {
                assertThat(MerkleTree.verifyInclusion(wrongIndex, size, leaf, path, root))
                        .as("index %d instead of %d, tree %d", wrongIndex, index, size).isFalse();
            }
            for (long wrongSize : new long[] {size * 2L, size / 2, 0, index}) {
                assertThat(MerkleTree.verifyInclusion(index, wrongSize, leaf, path, root))
                        .as("size %d instead of %d, leaf %d", wrongSize, size, index).isFalse();
            }
            assertThat(MerkleTree.verifyInclusion(index, size, leaf, path, otherRoot)).as("wrong root, " + at).isFalse();
            assertThat(MerkleTree.verifyInclusion(index, size, leaf, path, MerkleTree.emptyRoot())).as(at).isFalse();
            for (int j = 0; j < path.size(); j++) {
                assertThat(MerkleTree.verifyInclusion(index, size, leaf, replace(path, j, flip(path.get(j), j)), root))
                        .as("element %d tampered, %s", j, at).isFalse();
                assertThat(MerkleTree.verifyInclusion(index, size, leaf, remove(path, j), root))
                        .as("element %d removed, %s", j, at).isFalse();
            }
            assertThat(MerkleTree.verifyInclusion(index, size, leaf, insert(path, path.size(), root), root))
                    .as("root appended, " + at).isFalse();
            assertThat(MerkleTree.verifyInclusion(index, size, leaf, insert(path, 0, leaf), root))
                    .as("leaf prepended, " + at).isFalse();
            if (!path.isEmpty()) {
                assertThat(MerkleTree.verifyInclusion(index, size, leaf, insert(path, 1, path.get(0)), root))
                        .as("element repeated, " + at).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "trees of up to {0} leaves")
    @ValueSource(ints = {3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 100, 1000, 3000})
    void aConsistencyProofFailsForWrongSizesRootsOrPath(int toSize) {
        List<byte[]> leaves = leaves(toSize);
        byte[] toRoot = MerkleTree.rootHash(leaves);
        for (int fromSize : sample(toSize, 30)) {
            if (fromSize == 0) {
                continue;
            }
            byte[] fromRoot = MerkleTree.rootHash(leaves, fromSize);
            List<byte[]> path = MerkleTree.consistencyPath(leaves, fromSize, toSize);
            String at = "from " + fromSize + " to " + toSize;

            for (long wrongFrom : new long[] {fromSize - 1, fromSize + 1, fromSize ^ 2, 0, toSize + 1}) {
                if (wrongFrom != fromSize) {
                    assertThat(MerkleTree.verifyConsistency(wrongFrom, toSize, fromRoot, toRoot, path))
                            .as("from size %d, %s", wrongFrom, at).isFalse();
                }
            }
            // as in RFC 9162's own test vectors, a size only one smaller can share the proof's shape (from 1 to n
            // and to n - 1 hash the same way), so the wrong sizes tried are halved and doubled ones
            for (long wrongTo : new long[] {toSize * 2L, toSize / 2, fromSize}) {
                assertThat(MerkleTree.verifyConsistency(fromSize, wrongTo, fromRoot, toRoot, path))
                        .as("to size %d, %s", wrongTo, at).isFalse();
            }
            assertThat(MerkleTree.verifyConsistency(fromSize, toSize, flip(fromRoot, 3), toRoot, path)).as(at).isFalse();
            assertThat(MerkleTree.verifyConsistency(fromSize, toSize, fromRoot, flip(toRoot, 3), path)).as(at).isFalse();
            assertThat(MerkleTree.verifyConsistency(fromSize, toSize, toRoot, fromRoot, path)).as("swapped roots, " + at).isFalse();
            assertThat(MerkleTree.verifyConsistency(fromSize, toSize, fromRoot, toRoot, List.of())).as("empty, " + at).isFalse();
            for (int j = 0; j < path.size(); j++) {
                assertThat(MerkleTree.verifyConsistency(fromSize, toSize, fromRoot, toRoot, replace(path, j, flip(path.get(j), 7))))
                        .as("element %d tampered, %s", j, at).isFalse();
                assertThat(MerkleTree.verifyConsistency(fromSize, toSize, fromRoot, toRoot, remove(path, j)))
                        .as("element %d removed, %s", j, at).isFalse();
            }
            for (byte[] extra : List.of(fromRoot, toRoot, path.get(0))) {
                assertThat(MerkleTree.verifyConsistency(fromSize, toSize, fromRoot, toRoot, insert(path, 0, extra)))
                        .as("element prepended, " + at).isFalse();
                assertThat(MerkleTree.verifyConsistency(fromSize, toSize, fromRoot, toRoot, insert(path, path.size(), extra)))
                        .as("element appended, " + at).isFalse();
            }
        }
    }

    @Test
    void equalSizesAreConsistentOnlyWithEqualRootsAndAnEmptyPath() {
        List<byte[]> leaves = leaves(6);
        byte[] root = MerkleTree.rootHash(leaves);
        assertThat(MerkleTree.consistencyPath(leaves, 6, 6)).isEmpty();
        assertThat(MerkleTree.verifyConsistency(6, 6, root, root, List.of())).isTrue();
        assertThat(MerkleTree.verifyConsistency(6, 6, root, MerkleTree.rootHash(leaves, 5), List.of())).isFalse();
        assertThat(MerkleTree.verifyConsistency(6, 6, root, root, List.of(root))).isFalse();
        assertThat(MerkleTree.verifyConsistency(0, 0, MerkleTree.emptyRoot(), MerkleTree.emptyRoot(), List.of())).isTrue();
    }

    @Test
    void noProofFromTheEmptyTreeIsBuiltOrAccepted() {
        List<byte[]> leaves = leaves(4);
        assertThatThrownBy(() -> MerkleTree.consistencyPath(leaves, 0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MerkleTree.verifyConsistency(0, 4, MerkleTree.emptyRoot(), MerkleTree.rootHash(leaves), List.of()))
                .isFalse();
        assertThat(MerkleTree.verifyConsistency(0, 4, MerkleTree.emptyRoot(), MerkleTree.rootHash(leaves),
                List.of(MerkleTree.emptyRoot()))).isFalse();
    }

    @Test
    void thePathBuildersRefuseArgumentsThatNameNoTreeOrLeaf() {
        List<byte[]> leaves = leaves(5);
        assertThatThrownBy(() -> MerkleTree.inclusionPath(leaves, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.inclusionPath(leaves, -1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.inclusionPath(leaves, 0, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.inclusionPath(leaves, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.consistencyPath(leaves, 4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.consistencyPath(leaves, 2, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.consistencyPath(leaves, -1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.rootHash(leaves, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.rootHash(leaves, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theVerifiersAnswerFalseRatherThanThrowForNonsense() {
        List<byte[]> leaves = leaves(5);
        byte[] root = MerkleTree.rootHash(leaves);
        List<byte[]> path = MerkleTree.inclusionPath(leaves, 2, 5);
        assertThat(MerkleTree.verifyInclusion(2, 5, leaves.get(2), null, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(2, 5, null, path, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(2, 5, leaves.get(2), path, null)).isFalse();
        assertThat(MerkleTree.verifyInclusion(2, 5, new byte[31], path, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(2, 5, leaves.get(2), insert(path, 1, new byte[3]), root)).isFalse();
        List<byte[]> withNull = new ArrayList<>(path);
        withNull.set(0, null);
        assertThat(MerkleTree.verifyInclusion(2, 5, leaves.get(2), withNull, root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(0, 0, leaves.get(0), List.of(), root)).isFalse();
        assertThat(MerkleTree.verifyInclusion(2, -5, leaves.get(2), path, root)).isFalse();
        assertThat(MerkleTree.verifyConsistency(3, 2, root, root, path)).isFalse();
        assertThat(MerkleTree.verifyConsistency(-1, 2, root, root, path)).isFalse();
        assertThat(MerkleTree.verifyConsistency(2, 5, root, root, null)).isFalse();
        assertThat(MerkleTree.verifyConsistency(2, 5, null, root, path)).isFalse();
    }

    @Test
    void rootsForManySizesInOnePassEqualTheRootsComputedOneByOne() {
        List<byte[]> leaves = leaves(300);
        List<Integer> sizes = new ArrayList<>(IntStream.rangeClosed(0, 300).boxed().toList());
        sizes.add(300);
        List<byte[]> roots = MerkleTree.rootHashes(leaves, sizes);
        for (int i = 0; i < sizes.size(); i++) {
            assertThat(roots.get(i)).as("size " + sizes.get(i)).isEqualTo(MerkleTree.rootHash(leaves, sizes.get(i)));
        }
        assertThat(MerkleTree.rootHashes(leaves, List.of(7, 64, 299))).map(Hashes::hex).containsExactly(
                Hashes.hex(MerkleTree.rootHash(leaves, 7)), Hashes.hex(MerkleTree.rootHash(leaves, 64)),
                Hashes.hex(MerkleTree.rootHash(leaves, 299)));
        assertThatThrownBy(() -> MerkleTree.rootHashes(leaves, List.of(5, 4))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MerkleTree.rootHashes(leaves, List.of(301))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEmptyRootCannotBeChangedThroughTheCopyHandedOut() {
        MerkleTree.emptyRoot()[0] ^= 1;
        assertThat(Hashes.hex(MerkleTree.emptyRoot())).startsWith("e3b0c442");
    }

    /** Distinct leaf hashes, each the leaf hash of its own index. */
    static List<byte[]> leaves(int count) {
        List<byte[]> leaves = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            leaves.add(MerkleTree.leafHash(("leaf " + i).getBytes(StandardCharsets.US_ASCII)));
        }
        return leaves;
    }

    /** All of 0..n-1 when there are at most {@code limit}; otherwise the edges, powers of two and a random spread. */
    private static List<Integer> sample(int n, int limit) {
        if (n <= limit) {
            return IntStream.range(0, n).boxed().toList();
        }
        TreeSet<Integer> picked = new TreeSet<>(List.of(0, 1, n / 2, n - 2, n - 1));
        for (int p = 1; p < n; p <<= 1) {
            picked.add(p - 1);
            picked.add(p);
            if (p + 1 < n) {
                picked.add(p + 1);
            }
        }
        Random random = new Random(n);
        while (picked.size() < limit) {
            picked.add(random.nextInt(n));
        }
        return List.copyOf(picked);
    }

    private static byte[] flip(byte[] hash, int at) {
        byte[] copy = hash.clone();
        copy[at % copy.length] ^= 0x10;
        return copy;
    }

    private static List<byte[]> replace(List<byte[]> path, int index, byte[] element) {
        List<byte[]> copy = new ArrayList<>(path);
        copy.set(index, element);
        return copy;
    }

    private static List<byte[]> remove(List<byte[]> path, int index) {
        List<byte[]> copy = new ArrayList<>(path);
        copy.remove(index);
        return copy;
    }

    private static List<byte[]> insert(List<byte[]> path, int index, byte[] element) {
        List<byte[]> copy = new ArrayList<>(path);
        copy.add(index, element);
        return copy;
    }

    private static List<String> hexes(List<byte[]> hashes) {
        return hashes.stream().map(Hashes::hex).toList();
    }
}
