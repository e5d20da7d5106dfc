package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import tools.jackson.databind.JsonNode;

/**
 * The web app in a real headless Chromium on a phone-sized window (375 x 812), against the whole ledger
 * as {@code java -jar} runs it: faculty sign in, find a trainee, sign off a skill in two taps and see it
 * on the dashboard; a form sent twice records once; a refusal shows the ledger's reason; the Chinese
 * interface; a trainee kept to their own record; signing out ends the session. Each page is saved as a
 * screenshot under target/screenshots/.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class FacultyOnAPhoneTest {

    private static final String FACULTY = "fac-wang";
    private static final String MENTORED = "F-WEB-1";
    private static final String MENTORED_NAME = "王小明";
    private static final String SOMEONE_ELSES = "F-WEB-2";
    private static final String NOT_YET_STARTED = "F-WEB-3";
    private static final String TAPPED_TWICE = "F-WEB-4";
    private static final String TRAINEE_USER = "trainee-wang";

    private static TestDatabase database;
    private static RunningLedger ledger;

    @BeforeAll
    static void enrollTheCohort() {
        LocalDate start = Requests.START;
        enroll(MENTORED, MENTORED_NAME, FACULTY, start);
        enroll(SOMEONE_ELSES, "Dr. Anna Lee", "fac-zhao", start);
        // a program that has not begun: no entry may be recorded in it yet
        enroll(NOT_YET_STARTED, "李华", FACULTY, LocalDate.now().plusDays(10));
        enroll(TAPPED_TWICE, "张伟", FACULTY, start);
        ledger.asTrainee(TRAINEE_USER, MENTORED);
        ledger.awaitProjections();
    }

    private static void enroll(String traineeId, String fullName, String mentorId, LocalDate start) {
        String body = """
                {"traineeId":"%s","fullName":"%s","track":"FELLOW",
                 "eligibility":{"institution":"Zhejiang University School of Medicine","completedOn":"%s"},
                 "startDate":"%s","endDate":"%s","mentorId":"%s"}"""
                .formatted(traineeId, fullName, start.minusMonths(6), start, start.plusMonths(4), mentorId);
        RunningLedger.Response enrolled = ledger.post("/api/trainees", body);
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
    }

    @BeforeEach
    void theBrowserIsInstalled() {
        PhoneBrowser.assumeInstalled();
    }

    @AfterAll
    static void nothing() {
        // the ledger and its database are stopped by LedgerOnItsOwnDatabase
    }

    @Test
    void facultySignsOffASkillInTwoTapsAndSeesItOnTheDashboard() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(FACULTY, RunningLedger.passwordOf(FACULTY));
            assertThat(phone.text("h1")).isEqualTo("My trainees");
            assertThat(phone.lang()).isEqualTo("en");
            assertThat(phone.viewportWidth()).isEqualTo(PhoneBrowser.WIDTH);
            assertThat((Long) phone.driver().executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the phone").isLessThanOrEqualTo(PhoneBrowser.WIDTH);
            phone.screenshot("01-my-trainees");

            phone.find("#q").sendKeys("小明");
            phone.waitUntil(() -> phone.all("#trainee-list a.card").size() == 1);
            assertThat(phone.text("#trainee-list a.card")).contains(MENTORED_NAME).contains(MENTORED);
            phone.screenshot("02-search-chinese-name");

            phone.find("#trainee-" + MENTORED).click();
            phone.waitUntil(() -> phone.path().equals("/trainees/" + MENTORED));
            assertThat(phone.text("#skills-count")).isEqualTo("0 of " + TrainingCatalog.skills().size());
            assertThat(Long.parseLong(phone.text("#days-done"))).isPositive();
            assertThat((Long) phone.driver().executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the phone").isLessThanOrEqualTo(PhoneBrowser.WIDTH);
            phone.screenshot("03-trainee");

            // tap 1: the skill opens its sign-off form in place
            phone.find("#skill-CRS_MANAGEMENT a.skill").click();
            phone.find("#slot-CRS_MANAGEMENT #confirm-sign-off");
            phone.screenshot("04-sign-off-form");
            // tap 2: sign off
            phone.find("#confirm-sign-off").click();

            phone.waitUntil(() -> phone.path().startsWith("/trainees/" + MENTORED + "?signed-off=CRS_MANAGEMENT"));
            assertThat(phone.text("#signed-off")).contains("Signed off: Cytokine release syndrome (CRS) management");
            assertThat(phone.text("#skills-count")).isEqualTo("1 of " + TrainingCatalog.skills().size());
            assertThat(phone.find("#skill-CRS_MANAGEMENT").getAttribute("class")).contains("done");
            assertThat(phone.text("#skill-CRS_MANAGEMENT time")).contains("Asia/Shanghai");
            phone.screenshot("05-signed-off");
        }
        JsonNode crs = skillOnTheDashboard(MENTORED, "CRS_MANAGEMENT");
        assertThat(crs.get("signOffs").asInt()).isEqualTo(1);
        JsonNode signOff = onlySignOffInTheTranscript(MENTORED);
        assertThat(signOff.get("recorderId").asString()).isEqualTo(FACULTY);
        assertThat(signOff.get("recorderRole").asString()).isEqualTo("FACULTY");
    }

    @Test
    void aFormSentTwiceAndRetriedRecordsOnce() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(FACULTY, RunningLedger.passwordOf(FACULTY));
            // the form on a page of its own (no script needed), as a link opened in a new tab would show it
            phone.open("/trainees/" + TAPPED_TWICE + "/skills/TUMOR_STAGING");
            phone.find("#confirm-sign-off");
            phone.screenshot("06-sign-off-page");
            // a double tap: the same form sent twice at once, as a browser does when the button is pressed twice
            Object statuses = ((JavascriptExecutor) phone.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.getElementById('sign-off-form');
                    const send = () => fetch(form.action, {method: 'POST', body: new FormData(form), redirect: 'manual'})
                        .then(r => r.type === 'opaqueredirect' ? 302 : r.status);
                    Promise.all([send(), send()]).then(done, e => done(String(e)));""");
            assertThat(statuses).isEqualTo(List.of(302L, 302L));
            // and a retry, once the first answers were lost: the same form, submitted again
            phone.find("#confirm-sign-off").click();
            phone.waitUntil(() -> phone.path().startsWith("/trainees/" + TAPPED_TWICE + "?signed-off=TUMOR_STAGING"));
            assertThat(phone.text("#skills-count")).isEqualTo("1 of " + TrainingCatalog.skills().size());
        }
        assertThat(skillOnTheDashboard(TAPPED_TWICE, "TUMOR_STAGING").get("signOffs").asInt()).isEqualTo(1);
        onlySignOffInTheTranscript(TAPPED_TWICE);
    }

    @Test
    void aRefusalShowsTheLedgersReasonNextToTheSkillAndStoresNothing() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(FACULTY, RunningLedger.passwordOf(FACULTY));
            phone.open("/trainees/" + NOT_YET_STARTED);
            phone.find("#skill-PATIENT_ASSESSMENT a.skill").click();
            phone.find("#slot-PATIENT_ASSESSMENT #confirm-sign-off").click();

            phone.find("#slot-PATIENT_ASSESSMENT #refusal");
            assertThat(phone.text("#refusal")).contains("Outside the trainee's program dates").contains("entry-outside-program-dates");
            assertThat(phone.find("#slot-PATIENT_ASSESSMENT #sign-off-date").getAttribute("aria-describedby")).isEqualTo("refusal");
            assertThat(phone.path()).isEqualTo("/trainees/" + NOT_YET_STARTED);
            phone.screenshot("07-refused");
        }
        assertThat(skillOnTheDashboard(NOT_YET_STARTED, "PATIENT_ASSESSMENT").get("signOffs").asInt()).isZero();
        assertThat(signOffsInTheTranscript(NOT_YET_STARTED)).isEmpty();
    }

    @Test
    void theChineseInterfaceShowsChineseLabelsAndTheLinkSwitchesToEnglish() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "zh-CN,zh")) {
            phone.open("/sign-in");
            assertThat(phone.lang()).isEqualTo("zh-CN");
            assertThat(phone.text("h1")).isEqualTo("登录");
            assertThat(phone.text("label[for=userId]")).isEqualTo("用户名");
            phone.screenshot("08-sign-in-zh");

            phone.signIn(FACULTY, RunningLedger.passwordOf(FACULTY));
            assertThat(phone.text("h1")).isEqualTo("我的学员");
            phone.open("/trainees/" + MENTORED);
            assertThat(phone.text("main")).contains("已完成天数", "剩余天数", "细胞因子释放综合征（CRS）处理");
            phone.screenshot("09-trainee-zh");

            phone.find("#switch-language").click();
            phone.waitUntil(() -> "en".equals(phone.lang()));
            assertThat(phone.text("main")).contains("Days done");
            // the choice is remembered, whatever the browser asks for
            phone.open("/");
            assertThat(phone.text("h1")).isEqualTo("My trainees");
        }
    }

    @Test
    void aTraineeSeesTheirOwnRecordAndCannotReachAnotherTraineesPage() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(TRAINEE_USER, RunningLedger.passwordOf(TRAINEE_USER));
            phone.waitUntil(() -> phone.path().equals("/trainees/" + MENTORED));
            assertThat(phone.text("h1")).contains(MENTORED_NAME);
            assertThat(phone.all("a.skill")).as("a trainee signs off nothing").isEmpty();
            phone.screenshot("10-trainee-own-record");

            phone.open("/trainees/" + SOMEONE_ELSES);
            assertThat(phone.text("h1")).isEqualTo("Not your record");
            assertThat(phone.driver().getPageSource()).doesNotContain("Anna Lee");
            phone.screenshot("11-not-your-record");

            phone.open("/trainees/" + MENTORED + "/skills/CRS_MANAGEMENT");
            assertThat(phone.text("h1")).isEqualTo("For faculty");
        }
    }

    @Test
    void signingOutEndsTheSession() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(FACULTY, RunningLedger.passwordOf(FACULTY));
            String session = phone.driver().manage().getCookieNamed("JSESSIONID").getValue();
            phone.find("#sign-out").click();
            phone.waitUntil(() -> phone.path().startsWith("/sign-in"));
            assertThat(phone.text("main")).contains("You have signed out.");
            phone.screenshot("12-signed-out");

            phone.open("/trainees/" + MENTORED);
            assertThat(phone.path()).startsWith("/sign-in");
            // the old session cookie, sent again by hand, opens nothing either
            RunningLedger.Response withTheOldCookie = ledger.anonymous().send("GET", "/trainees/" + MENTORED, null,
                    "Cookie", "JSESSIONID=" + session);
            assertThat(withTheOldCookie.status()).isEqualTo(302);
            assertThat(withTheOldCookie.header("Location")).contains("/sign-in");
        }
    }

    @Test
    void aWrongPasswordIsSaidOnTheSignInPage() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(FACULTY, "not-the-password");
            assertThat(phone.text("#sign-in-problem")).contains("The user id or password is wrong");
            phone.screenshot("00-sign-in-wrong-password");
        }
    }

    private static JsonNode skillOnTheDashboard(String traineeId, String skill) {
        ledger.awaitProjections();
        for (JsonNode status : ledger.get("/api/trainees/" + traineeId + "/dashboard").json().get("skills")) {
            if (status.get("skill").asString().equals(skill)) {
                return status;
            }
        }
        throw new AssertionError("No " + skill + " on the dashboard of " + traineeId);
    }

    private static List<JsonNode> signOffsInTheTranscript(String traineeId) {
        ledger.awaitProjections();
        JsonNode transcript = ledger.get("/api/trainees/" + traineeId + "/transcript").json();
        List<JsonNode> signOffs = new java.util.ArrayList<>();
        for (JsonNode entry : transcript.get("entries")) {
            if ("SkillSignedOff".equals(entry.get("entryType").asString())) {
                signOffs.add(entry);
            }
        }
        return signOffs;
    }

    private static JsonNode onlySignOffInTheTranscript(String traineeId) {
        List<JsonNode> signOffs = signOffsInTheTranscript(traineeId);
        assertThat(signOffs).hasSize(1);
        return signOffs.get(0);
    }
}
