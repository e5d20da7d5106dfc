package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.cartledger.proof.bundle.BundleVerifier;
import org.cartledger.proof.Ed25519Keys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The auditor's verifier in a real headless Chromium, without an account: a genuine transcript bundle
 * from the ledger verifies with the key the auditor trusts; an altered entry, an entry left out of the
 * middle, a forged key and a file that is not a bundle are each refused saying what failed, in English
 * and in Chinese; and the browser's verdict is the Java verifier's (ledger-proof's BundleVerifier) on
 * every one of them.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class AuditorVerifiesABundleInTheBrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TRAINEE = "F-AUD-1";

    private static RunningLedger ledger;
    private static String bundle;
    private static String ledgerKey;

    @BeforeAll
    static void aTraineeWithARecord() {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow(TRAINEE)).status()).isEqualTo(201);
        for (RunningLedger.Response recorded : new RunningLedger.Response[] {
                ledger.post("/api/trainees/" + TRAINEE + "/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY"),
                ledger.post("/api/trainees/" + TRAINEE + "/attendance", Requests.attendance("MDT_TUMOR_BOARD", true), "fac-wang",
                        "FACULTY"),
                ledger.post("/api/trainees/" + TRAINEE + "/procedures",
                        Requests.procedure("CAR_T_INFUSION_INTRAVENOUS", "DIRECT_SUPERVISION"), "fac-wang", "FACULTY")}) {
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        }
        RunningLedger.Response exported = ledger.get("/api/trainees/" + TRAINEE + "/transcript-bundle");
        assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
        bundle = exported.body();
        ledgerKey = ledger.get("/api/ledger/public-key").json().get("spki").asString();
    }

    @BeforeEach
    void theBrowserIsInstalled() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void aGenuineBundleVerifiesWithTheKeyTheAuditorTrustsWithoutAnAccount() {
        assertThat(javaVerdict(bundle, ledgerKey)).isTrue();
        try (PhoneBrowser browser = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            browser.open("/sign-in");
            browser.find("#verify-without-account").click();
            browser.waitUntil(() -> browser.path().equals("/verify"));

            verify(browser, bundle, ledgerKey);

            assertThat(browser.text("#verdict-line")).startsWith("VERIFIED: 4 entries of trainee " + TRAINEE + ", complete");
            assertThat(browser.find("#verdict").getAttribute("class")).isEqualTo("verified");
            assertThat(browser.text("#key-used")).startsWith("Checked with the key you trust");
            assertThat(browser.all("#entries tbody tr")).hasSize(4);
            assertThat(browser.text("#entries tbody")).contains("TraineeEnrolled", "SkillSignedOff", "AttendanceRecorded",
                    "ProcedureRecorded", "fac-wang").doesNotContain("FAILS");
            browser.screenshot("audit-01-verified");

            // the bundle's own key, when the auditor has none to paste: intact, but not who signed it
            verify(browser, bundle, "");
            assertThat(browser.text("#verdict-line")).startsWith("VERIFIED");
            assertThat(browser.text("#key-used")).startsWith("Checked with the bundle's own key");
        }
    }

    @Test
    void anAlteredEntryIsRefusedNamingItAsTheJavaVerifierRefusesIt() {
        ObjectNode altered = (ObjectNode) JSON.readTree(bundle);
        ObjectNode event = (ObjectNode) altered.get("entries").get(1).get("event");
        String payload = new String(Base64.getDecoder().decode(event.get("payload").asString()), StandardCharsets.UTF_8);
        String changed = payload.replace("CRS_MANAGEMENT", "TOXICITY_MANAGEMENT");
        assertThat(changed).isNotEqualTo(payload);
        event.put("payload", Base64.getEncoder().encodeToString(changed.getBytes(StandardCharsets.UTF_8)));
        String text = altered.toString();
        assertThat(javaVerdict(text, ledgerKey)).isFalse();

        try (PhoneBrowser browser = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            browser.open("/verify");
            verify(browser, text, ledgerKey);
            assertThat(browser.text("#verdict-line")).isEqualTo("NOT VERIFIED: 1 problem(s).");
            assertThat(browser.text("#failures")).startsWith("Entry 1 (position " + event.get("position").asLong() + ") was altered");
            assertThat(browser.text("#entries tbody tr:nth-child(2)")).contains("FAILS");
            assertThat(browser.text("#entries tbody tr:nth-child(1)")).contains("intact");
            browser.screenshot("audit-02-altered");
        }
    }

    @Test
    void anEntryLeftOutOfTheMiddleIsFoundByTheGapItLeaves() {
        ObjectNode shortened = (ObjectNode) JSON.readTree(bundle);
        ((ArrayNode) shortened.get("entries")).remove(2);
        String text = shortened.toString();
        assertThat(javaVerdict(text, ledgerKey)).isFalse();

        try (PhoneBrowser browser = new PhoneBrowser(ledger.baseUrl(), "zh-CN,zh")) {
            browser.open("/verify");
            verify(browser, text, ledgerKey);
            // the gap, and the record map's count of 4 that the 3 entries left fall short of
            assertThat(browser.text("#verdict-line")).isEqualTo("未通过验证：2 个问题。");
            assertThat(browser.text("#failures")).startsWith("序号从 1 跳到 3：缺少 1 条。")
                    .contains("文件包含 3 条，但签名的记录映射表明到树大小");
            browser.screenshot("audit-03-gap-zh");
        }
    }

    @Test
    void aBundleWithItsNewestEntryOrAllEntriesDroppedIsRefusedByTheSignedRecordMap() {
        for (int keep : new int[] {3, 0}) {
            ObjectNode cut = (ObjectNode) JSON.readTree(bundle);
            ArrayNode entries = (ArrayNode) cut.get("entries");
            while (entries.size() > keep) {
                entries.remove(entries.size() - 1);
            }
            String text = cut.toString();
            assertThat(javaVerdict(text, ledgerKey)).isFalse();
            try (PhoneBrowser browser = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
                browser.open("/verify");
                verify(browser, text, ledgerKey);
                assertThat(browser.text("#verdict-line")).isEqualTo("NOT VERIFIED: 2 problem(s).");
                assertThat(browser.text("#failures")).startsWith("The bundle holds " + keep + " entries, but the signed record"
                        + " map says the record has 4 up to tree size ").contains("the record's last entry at position");
            }
        }
    }

    @Test
    void aKeyOtherThanTheOneTrustedAndAFileThatIsNoBundleAreRefused() throws NoSuchAlgorithmException {
        String otherKey = Base64.getEncoder().encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
                .getPublic().getEncoded());
        assertThat(javaVerdict(bundle, otherKey)).isFalse();
        try (PhoneBrowser browser = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            browser.open("/verify");
            verify(browser, bundle, "-----BEGIN PUBLIC KEY-----\n" + otherKey + "\n-----END PUBLIC KEY-----");
            assertThat(browser.text("#verdict-line")).startsWith("NOT VERIFIED");
            assertThat(browser.text("#failures")).contains("is not the key you trust")
                    .contains("The tree head's signature does not verify");

            verify(browser, bundle, "not a key at all");
            assertThat(browser.text("#failures")).startsWith("The key you pasted is not an Ed25519 public key");

            verify(browser, "{\"entries\": [", ledgerKey);
            assertThat(browser.text("#failures")).isEqualTo("The file is not a transcript bundle: it is not JSON.");
            browser.screenshot("audit-04-not-a-bundle");
        }
    }

    @Test
    void afterAKeyRotationTheAuditorsFirstKeyStillVerifiesThroughTheAnnouncementAndAForgedAnnouncementIsRefused() {
        String firstKeyId = JSON.readTree(bundle).get("publicKey").get("keyId").asString();
        RunningLedger.Response rotated = ledger.asAdmin().post("/api/ledger/signing-key/rotation", "");
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
        assertThat(ledger.post("/api/trainees/" + TRAINEE + "/skills", Requests.skill("TOXICITY_MANAGEMENT"), "fac-wang", "FACULTY")
                .status()).isEqualTo(201);
        RunningLedger.Response exported = ledger.get("/api/trainees/" + TRAINEE + "/transcript-bundle");
        assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
        String underNewKey = exported.body();
        ObjectNode read = (ObjectNode) JSON.readTree(underNewKey);
        String newKeyId = read.get("treeHead").get("keyId").asString();
        assertThat(newKeyId).as("the new entry is under a head signed by the new key").isNotEqualTo(firstKeyId);
        assertThat(read.get("keyAnnouncements")).hasSize(1);
        assertThat(javaVerdict(underNewKey, ledgerKey)).isTrue();

        // one bit of the old key's signature on the announcement changed: the hand-over is no longer the old key's word
        ObjectNode forged = read.deepCopy();
        ObjectNode announcement = (ObjectNode) forged.get("keyAnnouncements").get(0);
        byte[] signature = Base64.getDecoder().decode(announcement.get("oldKeySignature").asString());
        signature[10] ^= 1;
        announcement.put("oldKeySignature", Base64.getEncoder().encodeToString(signature));
        String forgedText = forged.toString();
        assertThat(javaVerdict(forgedText, ledgerKey)).isFalse();

        try (PhoneBrowser browser = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            browser.open("/verify");
            verify(browser, underNewKey, ledgerKey);
            assertThat(browser.text("#verdict-line"))
                    .startsWith("VERIFIED: 5 entries of trainee " + TRAINEE + ", complete");
            assertThat(browser.text("#key-used")).isEqualTo("Checked with the key you trust (key id " + firstKeyId + "), followed"
                    + " through 1 key announcement(s) the bundle carries to key id " + newKeyId + ", which signed its tree head.");
            browser.screenshot("audit-05-after-key-rotation");

            verify(browser, forgedText, ledgerKey);
            assertThat(browser.text("#verdict-line")).startsWith("NOT VERIFIED");
            assertThat(browser.text("#failures")).startsWith("Key announcement 0 is not signed by key id " + firstKeyId
                    + ", the key it replaces: it is forged or altered.").contains("is not the key you trust");
        }
        try (PhoneBrowser browser = new PhoneBrowser(ledger.baseUrl(), "zh-CN,zh")) {
            browser.open("/verify");
            verify(browser, forgedText, ledgerKey);
            assertThat(browser.text("#failures")).startsWith("第 0 条密钥更换公告未经其替换的密钥（编号 " + firstKeyId + "）签署");
        }
    }

    /** Chooses the file and pastes the key as an auditor would, then waits for the verdict. */
    private static void verify(PhoneBrowser browser, String bundleJson, String key) {
        Path file;
        try {
            file = Files.createTempFile("bundle", ".json");
            Files.writeString(file, bundleJson);
            file.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        browser.driver().executeScript("document.getElementById('verdict').hidden = true");
        browser.find("#bundle-file").sendKeys(file.toAbsolutePath().toString());
        browser.find("#trusted-key").clear();
        if (!key.isEmpty()) {
            browser.find("#trusted-key").sendKeys(key);
        }
        browser.find("#verify").click();
        browser.find("#verdict-line");
    }

    private static boolean javaVerdict(String bundleJson, String keyBase64) {
        return BundleVerifier.verify(bundleJson.getBytes(StandardCharsets.UTF_8),
                Ed25519Keys.publicKey(Base64.getDecoder().decode(keyBase64))).verified();
    }
}
