package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor's tree-heads page in a real headless Chromium: the ledger's newest signed heads verify in the browser
 * with the key the auditor trusts, each extending the one before; a head or proof the server altered, and a key other
 * than the one trusted, are refused naming the head. The browser checks consistency proofs by RFC 9162 itself, so
 * heads of several sizes (powers of two among them) are signed first.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
@LedgerProperties(RunningLedger.SIGNING_ONLY_WHEN_ASKED)
class AuditorChecksTreeHeadsTest {

    private static final String AUDITOR = "auditor-heads";
    private static RunningLedger ledger;
    private static String ledgerKey;

    @BeforeAll
    static void headsOfSeveralSizes() {
        // after the three default requirement sets of the first start: sizes 4, 5, 8 (powers of two among them), 11
        // and 12, consistency proofs of every shape RFC 9162 distinguishes
        int[] grow = {1, 1, 3, 3, 1};
        int enrolled = 0;
        for (int entries : grow) {
            for (int i = 0; i < entries; i++) {
                enrolled++;
                assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-HEAD-" + enrolled)).status()).isEqualTo(201);
            }
            assertThat(ledger.asAdmin().post("/api/ledger/tree-heads", "").status()).isEqualTo(201);
        }
        ledgerKey = ledger.get("/api/ledger/public-key").json().get("spki").asString();
        ledger.as(AUDITOR, "AUDITOR");
    }

    @BeforeEach
    void theBrowserIsInstalled() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void theNewestHeadsVerifyWithTheTrustedKeyEachExtendingTheOneBefore() {
        try (PhoneBrowser browser = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            browser.signIn(AUDITOR, RunningLedger.passwordOf(AUDITOR));
            browser.find("#nav-tree-heads").click();
            browser.waitUntil(() -> browser.path().equals("/ledger/tree-heads"));
            assertThat(browser.all("#heads tbody tr")).hasSize(5);

            check(browser, ledgerKey);
            assertThat(browser.text("#verdict-line")).startsWith("VERIFIED: 5 signed tree heads, from size 4 to 12");
            assertThat(browser.text("#key-used")).startsWith("Checked with the key you trust");
            assertThat(browser.all("#heads td.check")).allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("signed, extends the one before"));
            browser.screenshot("heads-01-verified");
            assertThat(PageAccessibility.violations(browser)).isEmpty();
        }
    }

    @Test
    void aHeadOrProofTheServerAlteredIsRefusedNamingTheHead() {
        try (PhoneBrowser browser = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            browser.signIn(AUDITOR, RunningLedger.passwordOf(AUDITOR));
            browser.open("/ledger/tree-heads");
            // as a server that rewrote history would hand it over: another root for the head of size 8
            browser.driver().executeScript("""
                    const form = document.getElementById('heads-form');
                    const chain = JSON.parse(form.dataset.chain);
                    chain.heads[2].rootHash = chain.heads[2].rootHash.replace(/^./, c => c === '0' ? '1' : '0');
                    form.dataset.chain = JSON.stringify(chain);""");
            check(browser, ledgerKey);
            assertThat(browser.text("#verdict-line")).startsWith("NOT VERIFIED");
            assertThat(browser.text("#failures")).contains("The head of size 8: its signature does not verify.")
                    .contains("The head of size 8 does not extend the head of size 5")
                    .contains("The head of size 11 does not extend the head of size 8");
            assertThat(browser.text("#head-8 td.check")).isEqualTo("FAILS");
            assertThat(browser.text("#head-5 td.check")).isEqualTo("signed, extends the one before");
            browser.screenshot("heads-02-altered");

            // a proof altered, the heads intact: only the link it proves fails
            browser.driver().navigate().refresh();
            browser.driver().executeScript("""
                    const form = document.getElementById('heads-form');
                    const chain = JSON.parse(form.dataset.chain);
                    chain.proofs[3].path[0] = chain.proofs[3].path[0].replace(/^./, c => c === 'a' ? 'b' : 'a');
                    form.dataset.chain = JSON.stringify(chain);""");
            check(browser, ledgerKey);
            assertThat(browser.text("#failures")).isEqualTo("The head of size 12 does not extend the head of size 11: the proof between them fails.");
        }
    }

    @Test
    void aKeyOtherThanTheOneTrustedIsRefusedInChinese() throws NoSuchAlgorithmException {
        String otherKey = Base64.getEncoder().encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
                .getPublic().getEncoded());
        try (PhoneBrowser browser = PhoneBrowser.wideScreen(ledger.baseUrl(), "zh-CN,zh")) {
            browser.signIn(AUDITOR, RunningLedger.passwordOf(AUDITOR));
            browser.open("/ledger/tree-heads");
            assertThat(browser.text("h1")).isEqualTo("已签名树头");
            check(browser, otherKey);
            // the ledger's key is not the one trusted, and each of the five heads names a key the trusted one does not reach
            assertThat(browser.text("#verdict-line")).isEqualTo("未通过验证：6 个问题。");
            assertThat(browser.text("#failures")).startsWith("系统的公钥（密钥编号").contains("规模为 12 的树头注明的密钥编号为");
            browser.screenshot("heads-03-other-key-zh");
        }
    }

    @Test
    void headsSignedAcrossAKeyRotationVerifyWithTheFirstKeyThroughItsAnnouncement(@TempDir Path keys) {
        // a ledger of its own: the rotation must not change the heads the other tests check
        try (TestDatabase database = TestDatabase.create(); RunningLedger rotating = RunningLedger.startWithKeys(database, keys,
                RunningLedger.SIGNING_ONLY_WHEN_ASKED)) {
            assertThat(rotating.post("/api/trainees", Requests.enrollFellow("F-ROT-H-1")).status()).isEqualTo(201);
            assertThat(rotating.signTreeHead().get("treeSize").asLong()).isEqualTo(4);
            String firstKey = rotating.get("/api/ledger/public-key").json().get("spki").asString();
            String firstKeyId = rotating.get("/api/ledger/public-key").json().get("keyId").asString();
            assertThat(rotating.asAdmin().post("/api/ledger/signing-key/rotation", "").status()).isEqualTo(201);
            String newKey = rotating.get("/api/ledger/public-key").json().get("spki").asString();
            String newKeyId = rotating.get("/api/ledger/public-key").json().get("keyId").asString();
            assertThat(rotating.post("/api/trainees", Requests.enrollFellow("F-ROT-H-2")).status()).isEqualTo(201);
            assertThat(rotating.signTreeHead().get("keyId").asString()).isEqualTo(newKeyId);
            rotating.as(AUDITOR, "AUDITOR");

            try (PhoneBrowser browser = PhoneBrowser.wideScreen(rotating.baseUrl(), "en-US,en")) {
                browser.signIn(AUDITOR, RunningLedger.passwordOf(AUDITOR));
                browser.open("/ledger/tree-heads");
                assertThat(browser.text("#trusted-key-hint")).contains("(key id " + firstKeyId + ")");

                check(browser, firstKey);
                assertThat(browser.text("#verdict-line")).startsWith("VERIFIED: 2 signed tree heads, from size 4 to 5");
                assertThat(browser.text("#key-used")).isEqualTo("Checked with the key you trust (key id " + firstKeyId
                        + "), followed through 1 key announcement(s) to key id " + newKeyId + ", which signs new heads.");
                browser.screenshot("heads-04-across-a-key-rotation");

                // trusting only the new key, the head the old key signed cannot be attributed
                check(browser, newKey);
                assertThat(browser.text("#verdict-line")).isEqualTo("NOT VERIFIED: 1 problem(s).");
                assertThat(browser.text("#failures")).isEqualTo("The head of size 4 names key id " + firstKeyId
                        + ", not the key it is checked with.");
                assertThat(browser.text("#head-5 td.check")).isEqualTo("signed, extends the one before");
            }
        }
    }

    private static void check(PhoneBrowser browser, String key) {
        browser.driver().executeScript("document.getElementById('verdict').hidden = true");
        browser.find("#trusted-key").clear();
        browser.find("#trusted-key").sendKeys(key);
        browser.find("#check-heads").click();
        browser.find("#verdict-line");
    }
}
