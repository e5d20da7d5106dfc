package org.cartledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.bundle.TranscriptBundle;
import org.cartledger.proof.bundle.TranscriptBundles;
import org.cartledger.proof.witness.Cosignature;
import org.cartledger.verifier.witness.WitnessKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bundle --witness-keys --require-cosignatures} and {@code witness-key} (docs/ledger-proofs.md §4c, §7), offline. */
class WitnessedBundleTest {

    private static final TreeHeadSigner SIGNER = new TreeHeadSigner(Ed25519Keys.generate());

    @TempDir
    Path files;
    private Path ledgerKey;
    private SignedTreeHead head;
    private TranscriptBundle bundle;
    private WitnessKey witnessA;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void aBundleAndAWitness() throws Exception {
        List<LedgerEvent> ledger = LedgerFixture.events();
        List<byte[]> leaves = ledger.stream().map(LedgerEvent::leafHash).toList();
        head = SIGNER.sign(new TreeHead(25, MerkleTree.rootHash(leaves, 25), Instant.parse("2026-11-27T02:00:00Z")));
        List<LedgerEvent> record = new ArrayList<>();
        List<Long> leafIndexes = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            if (ledger.get(i).aggregateIdentifier().equals("F-2026-003")) {
                record.add(ledger.get(i));
                leafIndexes.add((long) i);
            }
        }
        bundle = TranscriptBundles.build("F-2026-003", Instant.parse("2026-11-27T02:05:00Z"), head, SIGNER.publicKey(), record,
                leafIndexes, leaves);
        ledgerKey = Files.write(files.resolve("ledger.der"), SIGNER.publicKey().getEncoded());
        assertThat(run("witness-key", "--out", files.resolve("a").toString(), "--name", "witness-a")).isZero();
        witnessA = WitnessKey.read(files.resolve("a"));
    }

    @Test
    void aBundleCosignedByTheRequiredWitnessVerifiesAndNamesIt() throws Exception {
        Path witnesses = Files.createDirectory(files.resolve("witnesses"));
        Files.copy(files.resolve("a").resolve(WitnessKey.PUBLIC_KEY_FILE), witnesses.resolve("witness-a.pub"));

        int status = run("bundle", cosigned(Cosignature.sign("witness-a", witnessA.keys(), head, Instant.now())).toString(),
                "--public-key", ledgerKey.toString(), "--witness-keys", witnesses.toString(), "--require-cosignatures", "1");

        assertThat(status).as(printed()).isZero();
        assertThat(printed()).contains("VERIFIED: 8 entries", "cosigned by witness-a");
    }

    @Test
    void aBundleLackingTheSecondRequiredWitnessIsNotVerified() throws Exception {
        WitnessKey witnessB = WitnessKey.create(files.resolve("b"), "witness-b");
        Path witnesses = Files.writeString(files.resolve("witnesses.txt"), witnessA.entry() + "\n" + witnessB.entry() + "\n");

        int status = run("bundle", cosigned(Cosignature.sign("witness-a", witnessA.keys(), head, Instant.now())).toString(),
                "--public-key", ledgerKey.toString(), "--witness-keys", witnesses.toString(), "--require-cosignatures", "2");

        assertThat(status).as(printed()).isEqualTo(1);
        assertThat(printed()).contains("1 valid cosignature(s) by known witnesses (witness-a), not the 2 required", "NOT VERIFIED");
    }

    @Test
    void requiringCosignaturesWithoutListingWitnessesIsAUsageError() throws Exception {
        Path plain = Files.write(files.resolve("bundle.json"), TranscriptBundles.toJson(bundle));

        assertThat(run("bundle", plain.toString(), "--require-cosignatures", "1")).isEqualTo(2);
        assertThat(printed()).contains("--witness-keys and --require-cosignatures go together");
    }

    @Test
    void aWitnessKeyIsNeverReplacedAndIsPrintedAgainAsTheLineToList() {
        assertThat(run("witness-key", "--out", files.resolve("a").toString(), "--name", "witness-a")).isEqualTo(2);
        assertThat(printed()).contains("already holds a witness key");
        output.reset();

        assertThat(run("witness-key", "--key", files.resolve("a").toString())).isZero();
        assertThat(printed().strip()).isEqualTo(witnessA.entry());
    }

    private Path cosigned(Cosignature cosignature) throws Exception {
        return Files.write(files.resolve("cosigned.json"), TranscriptBundles.toJson(bundle.withTreeHead(
                bundle.treeHead().withCosignatures(List.of(cosignature)))));
    }

    private int run(String... args) {
        return LedgerVerifier.run(args, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
