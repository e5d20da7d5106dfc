package org.cartledger.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeHeadSignerTest {

    private static final byte[] ROOT = Hashes.sha256("root".getBytes(StandardCharsets.US_ASCII));
    private static final TreeHead HEAD = new TreeHead(1200, ROOT, Instant.parse("2026-11-27T02:00:00.987654Z"));

    @TempDir
    Path keys;

    @Test
    void theSignedBytesAreFourLinesWithTheTimestampInWholeSeconds() {
        assertThat(new String(HEAD.signedBytes(), StandardCharsets.UTF_8)).isEqualTo(
                "cartledger:tree-head:v1\n1200\n" + Hashes.hex(ROOT) + "\n2026-11-27T02:00:00Z");
    }

    @Test
    void aVersionTwoHeadSignsTheMapRootBetweenTheRootAndTheTimestamp() {
        byte[] mapRoot = Hashes.sha256("map".getBytes(StandardCharsets.US_ASCII));
        TreeHead head = new TreeHead(1200, ROOT, Instant.parse("2026-11-27T02:00:00.5Z"), mapRoot);
        assertThat(head.hasRecordMap()).isTrue();
        assertThat(HEAD.hasRecordMap()).isFalse();
        assertThat(new String(head.signedBytes(), StandardCharsets.UTF_8)).isEqualTo("cartledger:tree-head:v2\n1200\n"
                + Hashes.hex(ROOT) + "\n" + Hashes.hex(mapRoot) + "\n2026-11-27T02:00:00Z");
    }

    @Test
    void aVersionTwoSignatureCoversTheMapRootAndIsNotAVersionOneSignature() {
        TreeHeadSigner signer = new TreeHeadSigner(Ed25519Keys.generate());
        byte[] mapRoot = Hashes.sha256("map".getBytes(StandardCharsets.US_ASCII));
        SignedTreeHead signed = signer.sign(new TreeHead(1200, ROOT, HEAD.timestamp(), mapRoot));
        assertThat(TreeHeadSigner.verify(signed, signer.publicKey())).isTrue();
        byte[] otherMapRoot = mapRoot.clone();
        otherMapRoot[0] ^= 1;
        assertThat(TreeHeadSigner.verify(new SignedTreeHead(new TreeHead(1200, ROOT, HEAD.timestamp(), otherMapRoot),
                signed.signature(), signed.keyId()), signer.publicKey())).isFalse();
        // dropping the map root does not turn the signature into one over the head of version 1
        assertThat(TreeHeadSigner.verify(new SignedTreeHead(HEAD, signed.signature(), signed.keyId()),
                signer.publicKey())).isFalse();
    }

    @Test
    void aTreeHeadKeepsItsTimestampTruncatedToSecondsSoWhatIsSignedIsWhatIsStored() {
        assertThat(HEAD.timestamp()).isEqualTo(Instant.parse("2026-11-27T02:00:00Z"));
        assertThat(HEAD).isEqualTo(new TreeHead(1200, ROOT, Instant.parse("2026-11-27T02:00:00Z")));
    }

    @Test
    void timestampsAreReadOnlyInTheOneSpellingTheContractWrites() {
        assertThat(TreeHead.parseTimestamp("2026-11-27T02:00:00Z")).isEqualTo(Instant.parse("2026-11-27T02:00:00Z"));
        assertThatThrownBy(() -> TreeHead.parseTimestamp("2026-11-27T02:00:00.000Z")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TreeHead.parseTimestamp("2026-11-27T03:00:00+01:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TreeHead.parseTimestamp("yesterday")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSignedTreeHeadVerifiesWithTheSignersPublicKey() {
        TreeHeadSigner signer = new TreeHeadSigner(Ed25519Keys.generate());
        SignedTreeHead signed = signer.sign(HEAD);
        assertThat(signed.keyId()).isEqualTo(signer.keyId()).isEqualTo(Ed25519Keys.keyId(signer.publicKey()));
        assertThat(signed.signature()).hasSize(64);
        assertThat(TreeHeadSigner.verify(signed, signer.publicKey())).isTrue();
    }

    @Test
    void theSignatureNoLongerVerifiesAfterTheSizeRootTimestampOrSignatureChanges() {
        TreeHeadSigner signer = new TreeHeadSigner(Ed25519Keys.generate());
        SignedTreeHead signed = signer.sign(HEAD);
        byte[] otherRoot = ROOT.clone();
        otherRoot[31] ^= 1;
        byte[] otherSignature = signed.signature();
        otherSignature[10] ^= 1;
        for (SignedTreeHead altered : new SignedTreeHead[] {
                new SignedTreeHead(new TreeHead(1201, ROOT, HEAD.timestamp()), signed.signature(), signed.keyId()),
                new SignedTreeHead(new TreeHead(1200, otherRoot, HEAD.timestamp()), signed.signature(), signed.keyId()),
                new SignedTreeHead(new TreeHead(1200, ROOT, HEAD.timestamp().plusSeconds(1)), signed.signature(), signed.keyId()),
                new SignedTreeHead(HEAD, otherSignature, signed.keyId()),
                // the JDK alone would accept this one: it reads S from everything after R
                new SignedTreeHead(HEAD, Arrays.copyOf(signed.signature(), 65), signed.keyId()),
                new SignedTreeHead(HEAD, new byte[0], signed.keyId())}) {
            assertThat(TreeHeadSigner.verify(altered, signer.publicKey())).as(altered.toString()).isFalse();
        }
    }

    @Test
    void aSignatureDoesNotVerifyWithAnotherKey() throws Exception {
        SignedTreeHead signed = new TreeHeadSigner(Ed25519Keys.generate()).sign(HEAD);
        assertThat(TreeHeadSigner.verify(signed, Ed25519Keys.generate().getPublic())).isFalse();
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        assertThat(TreeHeadSigner.verify(signed, ed448.getPublic())).isFalse();
        assertThat(TreeHeadSigner.verify(signed, null)).isFalse();
    }

    @Test
    void onlyEd25519KeysSignTreeHeads() throws Exception {
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        assertThatThrownBy(() -> new TreeHeadSigner(ed448)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysArePersistedAndReloadedWithTheSameKeyId() throws Exception {
        Path directory = keys.resolve("signing");
        KeyPair created = Ed25519Keys.loadOrCreate(directory);
        KeyPair loaded = Ed25519Keys.loadOrCreate(directory);

        assertThat(Ed25519Keys.keyId(loaded.getPublic())).isEqualTo(Ed25519Keys.keyId(created.getPublic()));
        assertThat(Files.readAllBytes(directory.resolve("tree-head-signing.pub"))).isEqualTo(created.getPublic().getEncoded());
        SignedTreeHead signed = new TreeHeadSigner(loaded).sign(HEAD);
        assertThat(TreeHeadSigner.verify(signed, created.getPublic())).isTrue();
        if (Files.getFileStore(directory).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("tree-head-signing.key"))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void theKeyIdIsTheHexSha256OfTheSubjectPublicKeyInfo() {
        KeyPair pair = Ed25519Keys.generate();
        byte[] spki = pair.getPublic().getEncoded();
        assertThat(spki).hasSize(44);
        assertThat(Ed25519Keys.keyId(pair.getPublic())).isEqualTo(Hashes.hex(Hashes.sha256(spki)));
        assertThat(Ed25519Keys.publicKey(spki)).isEqualTo(pair.getPublic());
        assertThatThrownBy(() -> Ed25519Keys.publicKey(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLonePrivateOrPublicKeyFileIsNeverReplacedByANewKey() throws Exception {
        Path directory = keys.resolve("half");
        Ed25519Keys.loadOrCreate(directory);
        Files.delete(directory.resolve("tree-head-signing.pub"));
        assertThatThrownBy(() -> Ed25519Keys.loadOrCreate(directory)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tree-head-signing.pub");
    }

    @Test
    void keyFilesThatDoNotBelongTogetherAreRefused() throws Exception {
        Path directory = keys.resolve("mixed");
        Ed25519Keys.loadOrCreate(directory);
        Files.write(directory.resolve("tree-head-signing.pub"), Ed25519Keys.generate().getPublic().getEncoded());
        assertThatThrownBy(() -> Ed25519Keys.loadOrCreate(directory)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not the public key of");
    }
}
