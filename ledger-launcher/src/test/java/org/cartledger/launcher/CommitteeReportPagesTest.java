package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committee takes a reviewed month's report away from a trainee's page, as PDF and as the API's JSON, in either
 * language; those who may not open the committee's pages are refused the files too, and a month without a review is
 * a page saying so.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class CommitteeReportPagesTest {

    private static final String MEMBER = "crp-member";
    private static final String FACULTY = "crp-faculty";
    private static final String TRAINEE = "C-RPT-1";
    private static final String MONTH = YearMonth.from(Requests.START).toString();

    private static RunningLedger ledger;

    @BeforeAll
    static void aReviewedMonth() {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow(TRAINEE)).status()).isEqualTo(201);
        ledger.as(MEMBER, "COMMITTEE").get("/api/me");
        ledger.as(FACULTY, "FACULTY").get("/api/me");
        RunningLedger.Response review = ledger.post("/api/trainees/" + TRAINEE + "/committee-reviews",
                Requests.committeeReview(MONTH), MEMBER, "COMMITTEE");
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        ledger.awaitProjections();
    }

    @BeforeEach
    void theBrowserIsInstalled() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void aCommitteeMemberTakesAwayTheReportOfAReviewedMonthAsPdfAndJson() throws IOException, InterruptedException {
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            screen.signIn(MEMBER, RunningLedger.passwordOf(MEMBER));
            screen.open("/committee/trainees/" + TRAINEE);
            assertThat(screen.text("#committee-reports h2")).isEqualTo("Committee reports");
            assertThat(screen.all("#committee-reports li")).hasSize(1);
            String session = screen.driver().manage().getCookieNamed("JSESSIONID").getValue();

            HttpResponse<byte[]> pdf = fetch(screen.find("#committee-reports a.report-pdf").getAttribute("href"), session);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                    .contains("committee-report-" + TRAINEE + "-" + MONTH + ".pdf");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            HttpResponse<byte[]> json = fetch(screen.find("#committee-reports a.report-json").getAttribute("href"), session);
            assertThat(json.statusCode()).isEqualTo(200);
            assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(json.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                    .contains("committee-report-" + TRAINEE + "-" + MONTH + ".json");
            JsonNode downloaded = RunningLedger.JSON.readTree(json.body());
            JsonNode answered = ledger.get("/api/trainees/" + TRAINEE + "/committee-reports/" + MONTH).json();
            assertThat(withoutExportedAt(downloaded)).as("the API's own answer").isEqualTo(withoutExportedAt(answered));
        }
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "zh-CN,zh")) {
            screen.signIn(MEMBER, RunningLedger.passwordOf(MEMBER));
            screen.open("/committee/trainees/" + TRAINEE);
            assertThat(screen.text("#committee-reports h2")).isEqualTo("委员会报告");
            assertThat(screen.text("#committee-reports a.report-pdf")).contains("PDF");
        }
    }

    @Test
    void facultyAreRefusedTheFilesAndAMonthWithoutAReviewIsAPageSayingSo() throws IOException, InterruptedException {
        String pdf = "/committee/trainees/" + TRAINEE + "/reports/" + MONTH + ".pdf";
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(FACULTY, RunningLedger.passwordOf(FACULTY));
            phone.open("/trainees/" + TRAINEE);
            String session = phone.driver().manage().getCookieNamed("JSESSIONID").getValue();
            for (String file : new String[] {pdf, pdf.replace(".pdf", "")}) {
                HttpResponse<byte[]> refused = fetch(ledger.baseUrl() + file, session);
                assertThat(refused.statusCode()).as(file).isEqualTo(403);
                assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).as(file).startsWith("text/html");
            }
        }
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            screen.signIn(MEMBER, RunningLedger.passwordOf(MEMBER));
            String session = screen.driver().manage().getCookieNamed("JSESSIONID").getValue();
            String unreviewed = YearMonth.from(Requests.START).plusMonths(1).toString();
            for (String path : new String[] {"/reports/" + unreviewed + ".pdf", "/reports/" + unreviewed,
                    "/reports/not-a-month.pdf"}) {
                HttpResponse<byte[]> missing = fetch(ledger.baseUrl() + "/committee/trainees/" + TRAINEE + path, session);
                assertThat(missing.statusCode()).as(path).isEqualTo(404);
                assertThat(new String(missing.body(), StandardCharsets.UTF_8)).as(path).contains("No such report");
            }
            screen.open("/committee/trainees/" + TRAINEE + "/reports/" + unreviewed + ".pdf");
            assertThat(screen.text("h1")).isEqualTo("No such report");
        }
    }

    private static JsonNode withoutExportedAt(JsonNode report) {
        ObjectNode copy = (ObjectNode) report.deepCopy();
        copy.remove("exportedAt");
        return copy;
    }

    private static HttpResponse<byte[]> fetch(String url, String session) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
