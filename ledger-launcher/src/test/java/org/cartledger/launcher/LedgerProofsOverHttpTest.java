package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.bundle.BundleEntry;
import org.cartledger.proof.bundle.BundleVerifier;
import org.cartledger.proof.bundle.TranscriptBundle;
import org.cartledger.proof.bundle.TranscriptBundles;
import org.cartledger.proof.bundle.VerificationReport;
import org.cartledger.testing.TestDatabase;
import org.cartledger.verifier.LedgerVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** What an auditor gets from the running ledger: signed tree heads, proofs, bundles and PDFs that check out. */
class LedgerProofsOverHttpTest {

    @TempDir
    static Path keys;
    private static TestDatabase database;
    private static RunningLedger ledger;
    private static PublicKey ledgerKey;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        Map<String, Object> settings = new HashMap<>(database.springProperties());
        settings.put("ledger.integrity.key-directory", keys.toString());
        ledger = RunningLedger.start(settings);
        ledgerKey = Ed25519Keys.publicKey(Base64.getDecoder().decode(ledger.get("/api/ledger/public-key").json().get("spki").asString()));
        ledger.post("/api/trainees", Requests.enrollFellow("F-PRF-1"));
        ledger.post("/api/trainees", Requests.enrollFellow("F-PRF-2"));
        ledger.post("/api/trainees/F-PRF-1/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
        ledger.post("/api/trainees/F-PRF-2/attendance", Requests.attendance("MDT_TUMOR_BOARD", true), "fac-wang", "FACULTY");
    }

    @AfterAll
    static void stop() {
        ledger.close();
        database.close();
    }

    @Test
    void aPublishedTreeHeadIsSignedByTheServedKeyAndCoversEveryEvent() {
        JsonNode head = ledger.asAdmin().post("/api/ledger/tree-heads", "").json();
        long events = new EventStoreRows(database).count();

        assertThat(head.get("treeSize").asLong()).isEqualTo(events);
        assertThat(head.has("mapRootHash")).as("a head of version 2, signing the record map").isTrue();
        assertThat(TreeHeadSigner.verify(signed(head), ledgerKey)).isTrue();
        assertThat(head.get("keyId").asString()).isEqualTo(Ed25519Keys.keyId(ledgerKey));
        assertThat(ledger.get("/api/ledger/tree-heads/latest").json()).isEqualTo(head);
    }

    @Test
    void anInclusionProofLeadsFromAnEntryToTheSignedRoot() {
        String entryId = ledger.post("/api/trainees/F-PRF-1/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY")
                .json().get("entryId").asString();
        JsonNode head = ledger.asAdmin().post("/api/ledger/tree-heads", "").json();

        JsonNode proof = ledger.get("/api/ledger/proofs/inclusion?entryId=" + entryId).json();

        assertThat(proof.get("treeSize").asLong()).isEqualTo(head.get("treeSize").asLong());
        assertThat(MerkleTree.verifyInclusion(proof.get("leafIndex").asLong(), proof.get("treeSize").asLong(),
                Hashes.unhex(proof.get("leafHash").asString()), hashes(proof.get("auditPath")),
                Hashes.unhex(head.get("rootHash").asString()))).isTrue();
        assertThat(MerkleTree.verifyInclusion(proof.get("leafIndex").asLong() - 1, proof.get("treeSize").asLong(),
                Hashes.unhex(proof.get("leafHash").asString()), hashes(proof.get("auditPath")),
                Hashes.unhex(head.get("rootHash").asString()))).isFalse();
    }

    @Test
    void aConsistencyProofShowsTheOlderTreeIsAPrefixOfTheNewer() {
        JsonNode older = ledger.asAdmin().post("/api/ledger/tree-heads", "").json();
        ledger.post("/api/trainees/F-PRF-2/skills", Requests.skill("SUPPORTIVE_CARE"), "fac-wang", "FACULTY");
        JsonNode newer = ledger.asAdmin().post("/api/ledger/tree-heads", "").json();
        long from = older.get("treeSize").asLong();
        long to = newer.get("treeSize").asLong();

        JsonNode proof = ledger.get("/api/ledger/proofs/consistency?from=" + from + "&to=" + to).json();

        assertThat(to).isGreaterThan(from);
        assertThat(MerkleTree.verifyConsistency(from, to, Hashes.unhex(older.get("rootHash").asString()),
                Hashes.unhex(newer.get("rootHash").asString()), hashes(proof.get("path")))).isTrue();
        assertThat(ledger.get("/api/ledger/proofs/consistency?from=" + to + "&to=" + from).status()).isEqualTo(400);
        assertThat(ledger.get("/api/ledger/proofs/consistency?from=1&to=" + (to + 1000)).status()).isEqualTo(404);
    }

    @Test
    void aTranscriptBundleVerifiesOfflineAndFailsOnceAlteredWithAMessage() {
        byte[] bundle = ledger.get("/api/trainees/F-PRF-1/transcript-bundle").body().getBytes(StandardCharsets.UTF_8);

        VerificationReport report = BundleVerifier.verify(bundle, ledgerKey);
        assertThat(report.verified()).as(String.join("\n", report.failures())).isTrue();
        assertThat(report.entriesChecked()).isGreaterThanOrEqualTo(2);

        String text = new String(bundle, StandardCharsets.UTF_8);
        String altered = text.replaceFirst("\"sequenceNumber\" : 1", "\"sequenceNumber\" : 7");
        assertThat(altered).isNotEqualTo(text);
        VerificationReport alteredReport = BundleVerifier.verify(altered.getBytes(StandardCharsets.UTF_8), ledgerKey);
        assertThat(alteredReport.verified()).isFalse();
        assertThat(alteredReport.failures()).isNotEmpty().allSatisfy(failure -> assertThat(failure).isNotBlank());

        assertThat(ledger.get("/api/trainees/NOBODY/transcript-bundle").status()).isEqualTo(404);
    }

    @Test
    void aTranscriptBundleProvesItselfCompleteAndIsRefusedWithItsNewestEntryOrAllEntriesDropped() {
        ledger.post("/api/trainees/F-PRF-2/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY");
        TranscriptBundle bundle = TranscriptBundles.fromJson(
                ledger.get("/api/trainees/F-PRF-2/transcript-bundle").body().getBytes(StandardCharsets.UTF_8));
        int entries = bundle.entries().size();

        VerificationReport report = BundleVerifier.verify(TranscriptBundles.toJson(bundle), ledgerKey);
        assertThat(report.failures()).isEmpty();
        assertThat(report.complete()).isTrue();
        assertThat(bundle.recordMapProof().count()).isEqualTo(entries);
        assertThat(bundle.recordMapProof().lastPosition()).isEqualTo(bundle.entries().get(entries - 1).event().position());

        for (List<BundleEntry> cut : List.of(bundle.entries().subList(0, entries - 1), List.<BundleEntry>of())) {
            TranscriptBundle truncated = new TranscriptBundle(bundle.format(), bundle.traineeId(), bundle.exportedAt(),
                    bundle.publicKey(), bundle.treeHead(), cut, bundle.recordMapProof(), null);
            VerificationReport refused = BundleVerifier.verify(TranscriptBundles.toJson(truncated), ledgerKey);
            assertThat(refused.verified()).isFalse();
            assertThat(refused.failures()).contains("the bundle holds " + cut.size() + " entries, but the signed record map says"
                    + " the record has " + entries + " up to tree size " + bundle.treeHead().treeSize() + ": "
                    + (entries - cut.size()) + " are missing");
        }
    }

    @Test
    void aBundleAskedForWithAKeptHeadsSizeCarriesTheProofTheVerifierNeedsToAcceptIt(@TempDir Path kept) throws IOException {
        JsonNode older = ledger.asAdmin().post("/api/ledger/tree-heads", "").json();
        Files.writeString(kept.resolve("older.json"), older.toString());
        Path key = Files.write(kept.resolve("ledger.der"), ledgerKey.getEncoded());
        ledger.post("/api/trainees/F-PRF-1/skills", Requests.skill("SUPPORTIVE_CARE"), "fac-wang", "FACULTY");
        String path = "/api/trainees/F-PRF-1/transcript-bundle";

        RunningLedger.Response proving = ledger.get(path + "?consistencyFrom=" + older.get("treeSize").asLong());
        RunningLedger.Response plain = ledger.get(path);

        assertThat(proving.status()).as(proving.toString()).isEqualTo(200);
        JsonNode proof = proving.json().get("consistencyProofs").get(0);
        assertThat(proof.get("fromSize").asLong()).isEqualTo(older.get("treeSize").asLong());
        assertThat(proof.get("fromRoot").asString()).isEqualTo(older.get("rootHash").asString());
        assertThat(plain.json().has("consistencyProofs")).as("only when asked for").isFalse();
        assertThat(verify(proving.body(), kept, key)).isZero();
        assertThat(verify(plain.body(), kept, key)).as("no proof from the kept head, so not verified").isEqualTo(1);
        assertThat(ledger.get(path + "?consistencyFrom=1").status()).as("no head of size 1 was signed").isEqualTo(404);
        assertThat(ledger.get(path + "?consistencyFrom=" + Long.MAX_VALUE).status()).isEqualTo(400);
    }

    private static int verify(String bundle, Path kept, Path key) throws IOException {
        Path file = Files.writeString(kept.getParent().resolve(kept.getFileName() + "-bundle.json"), bundle);
        return LedgerVerifier.run(new String[] {"bundle", file.toString(), "--public-key", key.toString(),
                "--kept-heads", kept.resolve("older.json").toString()}, new PrintStream(OutputStream.nullOutputStream()));
    }

    @Test
    void thePdfTranscriptCarriesTheRootHashItWasCheckedAgainst() throws IOException, InterruptedException {
        ledger.awaitProjections();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(ledger.baseUrl() + "/api/trainees/F-PRF-2/transcript.pdf"))
                .header("Authorization", ledger.as(RunningLedger.AUDITOR, "AUDITOR").authorization()).build(), HttpResponse.BodyHandlers.ofByteArray());
        JsonNode head = ledger.get("/api/ledger/tree-heads/latest").json();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("F-PRF-2", "TraineeEnrolled", "AttendanceRecorded", head.get("rootHash").asString());
        }
    }

    private static SignedTreeHead signed(JsonNode head) {
        return new SignedTreeHead(new TreeHead(head.get("treeSize").asLong(), Hashes.unhex(head.get("rootHash").asString()),
                java.time.Instant.parse(head.get("timestamp").asString()),
                head.has("mapRootHash") ? Hashes.unhex(head.get("mapRootHash").asString()) : null),
                Base64.getDecoder().decode(head.get("signature").asString()), head.get("keyId").asString());
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(node -> hashes.add(Hashes.unhex(node.asString())));
        return hashes;
    }
}
