package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.bundle.BundleVerifier;
import org.cartledger.proof.bundle.VerificationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * A trainee's record on a phone: the trainee sees their own entries, newest first, a corrected one marked
 * with the reason, in both languages (each entry's line too), and takes the transcript away as PDF, verifiable bundle and CSV; the
 * same pages and files of another trainee are refused; staff open any record.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class TraineeRecordPagesTest {

    private static final String TRAINEE = "F-REC-1";
    private static final String OTHER = "F-REC-2";
    private static final String TRAINEE_USER = "trainee-rec";

    private static RunningLedger ledger;
    private static String corrected;

    @BeforeAll
    static void aRecordWithACorrection() {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow(TRAINEE)).status()).isEqualTo(201);
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow(OTHER)).status()).isEqualTo(201);
        RunningLedger.Response attendance = ledger.post("/api/trainees/" + TRAINEE + "/attendance",
                Requests.attendance("MDT_TUMOR_BOARD", true), "fac-wang", "FACULTY");
        assertThat(attendance.status()).isEqualTo(201);
        corrected = attendance.json().get("entryId").asString();
        assertThat(ledger.post("/api/trainees/" + TRAINEE + "/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY")
                .status()).isEqualTo(201);
        RunningLedger.Response correction = ledger.post("/api/trainees/" + TRAINEE + "/corrections",
                Requests.correction(corrected, "Recorded for the wrong trainee"), "fac-wang", "FACULTY");
        assertThat(correction.status()).as(correction.toString()).isEqualTo(201);
        ledger.asTrainee(TRAINEE_USER, TRAINEE);
        ledger.awaitProjections();
    }

    @BeforeEach
    void theBrowserIsInstalled() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void aTraineeReadsTheirRecordNewestFirstWithTheCorrectionMarked() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(TRAINEE_USER, RunningLedger.passwordOf(TRAINEE_USER));
            phone.find("#open-record").click();
            phone.waitUntil(() -> phone.path().equals("/trainees/" + TRAINEE + "/record"));

            assertThat(phone.all("ol.record li.entry")).hasSize(4);
            assertThat(phone.all("ol.record li.entry .type").stream().map(e -> e.getText()).toList())
                    .containsExactly("Correction", "Skill sign-off", "Attendance", "Enrollment");
            assertThat(phone.find("#entry-" + corrected).getAttribute("class")).contains("corrected");
            assertThat(summaries(phone).get(1)).isEqualTo("Skill signed off: Cytokine release syndrome (CRS) management, by fac-wang");
            assertThat(phone.text("#entry-" + corrected)).contains("corrected: does not count")
                    .contains("Taken out by a correction: Recorded for the wrong trainee").contains("Asia/Shanghai");
            assertThat((Long) phone.driver().executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the phone").isLessThanOrEqualTo(PhoneBrowser.WIDTH);
            phone.screenshot("record-01-trainee");
        }
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "zh-CN,zh")) {
            phone.signIn(TRAINEE_USER, RunningLedger.passwordOf(TRAINEE_USER));
            phone.open("/trainees/" + TRAINEE + "/record");
            assertThat(phone.all("ol.record li.entry .type").stream().map(e -> e.getText()).toList())
                    .containsExactly("更正", "技能签核", "出勤", "入学登记");
            assertThat(phone.text("#entry-" + corrected)).contains("已更正：不计入");
            // each entry in Chinese too, from the facts the transcript keeps: catalog names, the days, the reason as typed
            List<String> said = summaries(phone);
            assertThat(said.get(0)).isEqualTo("更正条目 " + corrected + "：Recorded for the wrong trainee");
            assertThat(said.get(1)).isEqualTo("技能签核：细胞因子释放综合征（CRS）处理，签核人 fac-wang");
            assertThat(said.get(2)).isEqualTo("参加肿瘤多学科会诊（MDT）（60 分钟）；汇报病例：Mesothelin CAR-T, pleural mesothelioma");
            assertThat(said.get(3)).startsWith("Dr. Mei Chen以专科培训医师（Fellow）身份入学登记，培训期 " + Requests.START.getYear() + "年")
                    .endsWith("，导师 fac-wang");
            assertThat(phone.all("ol.record li.entry .summary")).allSatisfy(summary ->
                    assertThat(summary.getDomAttribute("lang")).as("in the page's language").isNull());
            phone.screenshot("record-02-trainee-zh");
        }
    }

    @Test
    void theTranscriptIsTakenAwayAsPdfVerifiableBundleAndCsv() throws IOException, InterruptedException {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(TRAINEE_USER, RunningLedger.passwordOf(TRAINEE_USER));
            phone.open("/trainees/" + TRAINEE + "/record");
            String session = phone.driver().manage().getCookieNamed("JSESSIONID").getValue();

            HttpResponse<byte[]> pdf = fetch(phone.find("#download-pdf").getAttribute("href"), session);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                    .contains("transcript-" + TRAINEE + ".pdf");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            HttpResponse<byte[]> bundle = fetch(phone.find("#download-bundle").getAttribute("href"), session);
            assertThat(bundle.statusCode()).isEqualTo(200);
            VerificationReport report = BundleVerifier.verify(bundle.body(), Ed25519Keys.publicKey(
                    java.util.Base64.getDecoder().decode(ledger.get("/api/ledger/public-key").json().get("spki").asString())));
            assertThat(report.verified()).as(String.join("\n", report.failures())).isTrue();
            assertThat(report.entriesChecked()).isEqualTo(4);

            HttpResponse<byte[]> csv = fetch(phone.find("#download-csv").getAttribute("href"), session);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(corrected).contains("Recorded for the wrong trainee")
                    .isEqualTo(ledger.get("/api/trainees/" + TRAINEE + "/transcript.csv").body());
        }
    }

    @Test
    void anotherTraineesRecordAndFilesAreRefusedAndStaffOpenAny() throws IOException, InterruptedException {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(TRAINEE_USER, RunningLedger.passwordOf(TRAINEE_USER));
            phone.open("/trainees/" + OTHER + "/record");
            assertThat(phone.text("h1")).isEqualTo("Not your record");
            String session = phone.driver().manage().getCookieNamed("JSESSIONID").getValue();
            for (String file : new String[] {"transcript.pdf", "transcript-bundle", "transcript.csv"}) {
                HttpResponse<byte[]> refused = fetch(ledger.baseUrl() + "/trainees/" + OTHER + "/record/" + file, session);
                assertThat(refused.statusCode()).as(file).isEqualTo(403);
                assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).as(file).startsWith("text/html");
            }
            assertThat(fetch(ledger.baseUrl() + "/trainees/" + TRAINEE + "/record/transcript.csv", session).statusCode()).isEqualTo(200);
        }
        ledger.as("fac-rec", "FACULTY");
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn("fac-rec", RunningLedger.passwordOf("fac-rec"));
            phone.open("/trainees/" + OTHER + "/record");
            assertThat(phone.all("ol.record li.entry")).hasSize(1);
            phone.open("/trainees/NOBODY/record");
            assertThat(phone.text("h1")).isEqualTo("Not found");
        }
    }

    /** Each entry's one line, as the page says it, newest first. */
    private static List<String> summaries(PhoneBrowser phone) {
        return phone.all("ol.record li.entry .summary").stream().map(WebElement::getText).toList();
    }

    private static HttpResponse<byte[]> fetch(String url, String session) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
