package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The competency committee in its meeting, on a projector (a 1440 x 900 window of a real headless
 * Chromium), against the whole ledger: a committee member signs in, finds a trainee in the cohort, reads
 * the charts, whose figures (the tables each chart draws) must be what was recorded over the API; looks at
 * the record as it stood at an instant before and after a later entry and a correction, and at the
 * reproduction of the last review; and the Chinese interface. Faculty, trainees, an unknown trainee and
 * moments the ledger cannot show are refused with a page that says why. Screenshots under target/screenshots/.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class CommitteeMeetingTest {

    private static final String MEMBER = "ccc-he";
    private static final String FACULTY = "fac-wang";
    private static final String TRAINEE_USER = "trainee-chen";
    /** The trainee the charts are about. */
    private static final String CHARTED = "C-MEET-1";
    private static final String CHARTED_NAME = "陈美玲";
    /** The trainee whose record changes while the committee looks at it as it stood. */
    private static final String CHANGING = "C-MEET-2";
    /** Reviewed this month, with a milestone lower than the one before it. */
    private static final String FALLING = "C-MEET-3";
    /** Reviewed this month, nothing falling: nothing for the committee to look at. */
    private static final String STEADY = "C-MEET-4";
    private static final LocalDate START = Requests.START;

    private static TestDatabase database;
    private static RunningLedger ledger;

    private static LocalDate firstEvaluation;
    private static LocalDate secondEvaluation;
    private static LocalDate reviewDay;
    private static String reviewId;

    @BeforeAll
    static void recordAMonthOfTraining() {
        // the trainees are measured by a set that requires nothing, so the flags the cohort shows here are those of
        // the reviews and milestones (behind pace has its own tests: AttentionRulesTest, RequirementProgressTest)
        RequirementSetsInTheLedger.define(ledger, Track.FELLOW, new RequirementSet(List.of(), List.of(), List.of(), List.of(), 0, 0));
        enroll(CHARTED, CHARTED_NAME);
        enroll(CHANGING, "Dr. Lin Zhou");
        ledger.as(MEMBER, "COMMITTEE").get("/api/me");
        ledger.asTrainee(TRAINEE_USER, CHARTED).get("/api/me");

        String t = "/api/trainees/" + CHARTED;
        firstEvaluation = START.plusDays(10);
        secondEvaluation = START.plusDays(30);
        record(t + "/rotation-evaluations", evaluation(firstEvaluation, 2, 2, 1, 2, 3, 2));
        record(t + "/rotation-evaluations", evaluation(secondEvaluation, 3, 3, 2, 3, 3, 2));
        record(t + "/procedures", procedure("CAR_T_INFUSION_INTRAVENOUS", "DIRECT_SUPERVISION"));
        record(t + "/procedures", procedure("CAR_T_INFUSION_INTRAVENOUS", "DIRECT_SUPERVISION"));
        record(t + "/procedures", procedure("CAR_T_INFUSION_INTRAVENOUS", "INDIRECT_SUPERVISION"));
        record(t + "/procedures", procedure("TUMOR_BIOPSY_PREPARATION", "OBSERVED"));
        record(t + "/attendance", Requests.attendance("MDT_TUMOR_BOARD", true));
        record(t + "/attendance", Requests.attendance("DAILY_CLINICAL_ROUNDS", false));
        record(t + "/attendance", Requests.attendance("DAILY_CLINICAL_ROUNDS", false));
        record(t + "/skills", Requests.skill("CRS_MANAGEMENT"));
        record(t + "/skills", Requests.skill("PATIENT_ASSESSMENT"));
        record(t + "/skills", Requests.skill("TUMOR_STAGING"));
        reviewDay = START.plusDays(31);
        reviewId = record(t + "/committee-reviews", """
                {"reviewMonth":"%s","occurredAt":"%s","decision":"ON_TRACK","autonomyGranted":"INDIRECT_SUPERVISION",
                 "feedback":"Strong CRS recognition","adjustedGoals":["Lead one tumor board case"]}"""
                .formatted(YearMonth.from(START), ReplayRequests.at(reviewDay)), MEMBER, "COMMITTEE");
        // after the review: a rating the committee has not seen yet
        record(t + "/rotation-evaluations", evaluation(LocalDate.now(ReplayRequests.PROGRAM_ZONE), 4, 3, 2, 3, 4, 3));

        enroll(FALLING, "Dr. Falling Wu");
        record("/api/trainees/" + FALLING + "/rotation-evaluations", evaluation(START.plusDays(10), 3, 3, 3, 3, 3, 3));
        record("/api/trainees/" + FALLING + "/rotation-evaluations", evaluation(START.plusDays(20), 2, 3, 3, 3, 3, 3));
        reviewThisMonth(FALLING, "DIRECT_SUPERVISION");
        enroll(STEADY, "Dr. Steady Ma");
        reviewThisMonth(STEADY, "SUPERVISION_ON_REQUEST");
        ledger.awaitProjections();
    }

    @BeforeEach
    void theBrowserIsInstalled() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void aCommitteeMemberOpensATraineeFromTheCohortAndReadsTheChartsFiguresAsRecorded() {
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            screen.signIn(MEMBER, RunningLedger.passwordOf(MEMBER));
            screen.waitUntil(() -> screen.path().equals("/committee"));
            assertThat(screen.text("h1")).isEqualTo("The cohort");
            assertThat(screen.text("#cohort-" + CHARTED)).contains(CHARTED_NAME, "Fellow", "In progress");
            screen.screenshot("committee-01-cohort");

            screen.find("#cohort-" + CHARTED + " a").click();
            screen.waitUntil(() -> screen.path().equals("/committee/trainees/" + CHARTED));
            assertThat(screen.text("h1")).contains(CHARTED_NAME).contains(CHARTED);
            assertThat(screen.viewportWidth()).isEqualTo(PhoneBrowser.WIDE_WIDTH);
            screen.waitUntil(() -> screen.all("figure[data-chart][data-drawn=true]").size() == 6);
            assertThat((Long) screen.driver().executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the screen: %s", screen.driver().executeScript("""
                            return Array.from(document.querySelectorAll('main *'))
                                .filter(e => e.getBoundingClientRect().right > window.innerWidth).slice(0, 5)
                                .map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')"""))
                    .isLessThanOrEqualTo(PhoneBrowser.WIDE_WIDTH);

            // milestones: one row per day rated, the review's view in between, the later rating after it
            List<WebElement> rows = screen.all("#chart-milestones tbody tr");
            String today = LocalDate.now(ReplayRequests.PROGRAM_ZONE).toString();
            assertThat(rows).extracting(row -> row.getAttribute("data-day")).containsExactly(
                    firstEvaluation.toString(), secondEvaluation.toString(), reviewDay.toString(), today);
            assertThat(rows).extracting(row -> row.getAttribute("data-review")).containsExactly(null, null, "true", null);
            assertThat(level(screen, firstEvaluation.toString(), false, "PATIENT_CARE")).isEqualTo("2");
            assertThat(level(screen, firstEvaluation.toString(), false, "PRACTICE_BASED_LEARNING")).isEqualTo("1");
            assertThat(level(screen, secondEvaluation.toString(), false, "PATIENT_CARE")).isEqualTo("3");
            assertThat(level(screen, reviewDay.toString(), true, "PATIENT_CARE")).as("what the review saw").isEqualTo("3");
            assertThat(level(screen, reviewDay.toString(), true, "PRACTICE_BASED_LEARNING")).isEqualTo("2");
            assertThat(level(screen, today, false, "PATIENT_CARE")).as("rated after the review").isEqualTo("4");
            assertThat(screen.text("#chart-milestones thead")).contains("Patient care", "Systems-based practice");

            // procedures by type and supervision level
            assertThat(cell(screen, "#chart-procedures tr[data-procedure=CAR_T_INFUSION_INTRAVENOUS] td[data-level=DIRECT_SUPERVISION]")).isEqualTo("2");
            assertThat(cell(screen, "#chart-procedures tr[data-procedure=CAR_T_INFUSION_INTRAVENOUS] td[data-level=INDIRECT_SUPERVISION]")).isEqualTo("1");
            assertThat(cell(screen, "#chart-procedures tr[data-procedure=CAR_T_INFUSION_INTRAVENOUS] td.total")).isEqualTo("3");
            assertThat(cell(screen, "#chart-procedures tr[data-procedure=TUMOR_BIOPSY_PREPARATION] td[data-level=OBSERVED]")).isEqualTo("1");
            assertThat(cell(screen, "#chart-procedures tr[data-procedure=CAR_T_INFUSION_LOCAL] td.total")).isEqualTo("0");
            // attendance by activity
            assertThat(cell(screen, "#chart-attendance tr[data-activity=DAILY_CLINICAL_ROUNDS] td.attended")).isEqualTo("2");
            assertThat(cell(screen, "#chart-attendance tr[data-activity=MDT_TUMOR_BOARD] td.attended")).isEqualTo("1");
            assertThat(cell(screen, "#chart-attendance tr[data-activity=MDT_TUMOR_BOARD] td.presented")).isEqualTo("1");
            assertThat(cell(screen, "#chart-attendance tr[data-activity=JOURNAL_CLUB] td.attended")).isEqualTo("0");
            // skills against the catalog, group by group
            assertThat(cell(screen, "#chart-skills tr[data-group=Basic_oncology] td.signed-off")).isEqualTo("2");
            assertThat(cell(screen, "#chart-skills tr[data-group=Basic_oncology] td.not-yet")).isEqualTo("2");
            assertThat(cell(screen, "#chart-skills tr[data-group=Cellular_immunotherapy] td.signed-off")).isEqualTo("1");
            assertThat(screen.text(".skills-count")).isEqualTo("3 of " + TrainingCatalog.skills().size());
            // autonomy granted over time: the one review
            assertThat(screen.all("#chart-autonomy tbody tr")).hasSize(1);
            assertThat(cell(screen, "#chart-autonomy tbody tr td.autonomy")).isEqualTo("Indirect supervision");
            // days done and left, as the dashboard counts them
            long daysDone = ChronoUnit.DAYS.between(START, LocalDate.now(ReplayRequests.PROGRAM_ZONE)) + 1;
            assertThat(cell(screen, "#chart-days td.days-done")).isEqualTo(String.valueOf(daysDone));
            assertThat(cell(screen, "#chart-days td.days-left"))
                    .isEqualTo(String.valueOf(ChronoUnit.DAYS.between(LocalDate.now(ReplayRequests.PROGRAM_ZONE), Requests.END)));

            // each chart is drawn, from its table, by the library served from the jar
            screen.waitUntil(() -> screen.all("figure[data-chart][data-drawn=true]").size() == 6);
            assertThat(screen.all("#chart-milestones .plot canvas")).isNotEmpty();
            assertThat(screen.all("#chart-procedures .plot canvas")).isNotEmpty();
            assertThat(screen.all("script:not([src])")).as("no inline script").isEmpty();
            screen.screenshot("committee-02-trainee-1440x900");
            screen.fullPageScreenshot("committee-03-trainee-full");
        }
    }

    @Test
    void theCohortSaysWhoNeedsTheCommitteesAttentionAndWhyAndFiltersAndSortsInPlace() {
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            screen.signIn(MEMBER, RunningLedger.passwordOf(MEMBER));
            screen.waitUntil(() -> screen.path().equals("/committee"));
            // reviewed for the month the program began, not this one; the review's autonomy is the trainee's
            assertThat(screen.text("#cohort-" + CHARTED + " td.attention")).isEqualTo("No review this month");
            assertThat(screen.text("#cohort-" + CHARTED + " td.autonomy")).isEqualTo("Indirect supervision");
            assertThat(screen.text("#cohort-" + CHARTED + " td.last-review")).contains("On track")
                    .contains(String.valueOf(START.getYear()));
            assertThat(screen.text("#cohort-" + FALLING + " td.attention")).isEqualTo("Milestone falling: Patient care");
            assertThat(screen.text("#cohort-" + FALLING + " td.autonomy")).isEqualTo("Direct supervision");
            assertThat(screen.text("#cohort-" + STEADY + " td.attention")).isEmpty();
            assertThat(screen.find("#cohort-" + STEADY).getAttribute("class")).doesNotContain("attention");
            assertThat(screen.text("#cohort-count")).matches("4 trainee\\(s\\), [23] needing the committee's attention");
            screen.screenshot("committee-01b-cohort-attention");

            // only those needing attention: the list changes in place (htmx), and the address says what is shown
            screen.find("#cohort-attention").click();
            screen.waitUntil(() -> screen.all("#cohort-" + STEADY).isEmpty());
            assertThat(screen.all("#cohort-" + CHARTED)).hasSize(1);
            assertThat(screen.all("#cohort-" + FALLING)).hasSize(1);
            assertThat(screen.driver().getCurrentUrl()).contains("attention=needs");
            assertThat(screen.text("#cohort-count")).matches("[23] of 4 trainee\\(s\\) shown");

            // sorted by the last review, oldest first (never reviewed before all), then the other way round
            screen.find("th[aria-sort] a[href*='sort=last-review']").click();
            screen.waitUntil(() -> screen.driver().getCurrentUrl().contains("sort=last-review"));
            assertThat(screen.find("th[aria-sort=ascending]").getText()).isEqualTo("Last review");
            assertThat(rowIds(screen)).doesNotContain("cohort-" + STEADY);
            assertThat(rowIds(screen).indexOf("cohort-" + CHARTED)).isLessThan(rowIds(screen).indexOf("cohort-" + FALLING));
            screen.find("th[aria-sort=ascending] a").click();
            screen.waitUntil(() -> screen.driver().getCurrentUrl().contains("dir=desc"));
            assertThat(rowIds(screen).indexOf("cohort-" + FALLING)).isLessThan(rowIds(screen).indexOf("cohort-" + CHARTED));
            assertThat(screen.find("#cohort-attention").isSelected()).as("the filter kept while sorting").isTrue();

            // by name, Chinese names too
            screen.find("#cohort-attention").click();
            screen.waitUntil(() -> screen.all("#cohort-" + STEADY).size() == 1);
            screen.find("#cohort-q").sendKeys("美玲");
            screen.waitUntil(() -> rowIds(screen).equals(List.of("cohort-" + CHARTED)));
            screen.screenshot("committee-01c-cohort-filtered");

            screen.open("/committee?lang=zh-CN");
            assertThat(screen.text("#cohort-" + CHARTED + " td.attention")).isEqualTo("本月尚未评审");
            assertThat(screen.text("#cohort-" + FALLING + " td.attention")).isEqualTo("里程碑等级下降：患者照护");
            assertThat(screen.text("label[for=cohort-attention]")).startsWith("仅显示需关注的学员");
            screen.screenshot("committee-01d-cohort-zh");
        }
    }

    private static List<String> rowIds(PhoneBrowser screen) {
        return screen.all("#cohort tbody tr").stream().map(row -> row.getAttribute("id")).toList();
    }

    @Test
    void theRecordAsItStoodAtAnInstantShowsWhatWasRecordedAndCorrectedSince() throws InterruptedException {
        String t = "/api/trainees/" + CHANGING;
        String staging = record(t + "/skills", Requests.skill("TUMOR_STAGING"));
        record(t + "/skills", Requests.skill("CRS_MANAGEMENT"));
        record(t + "/procedures", procedure("TUMOR_BIOPSY_PREPARATION", "ASSISTED"));
        // the next whole second: everything above was recorded by then, nothing below will have been
        Instant cut = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        waitUntilPast(cut.plusMillis(200));
        String cutAsTyped = LocalDateTime.ofInstant(cut, ReplayRequests.PROGRAM_ZONE).toString();

        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            screen.signIn(MEMBER, RunningLedger.passwordOf(MEMBER));
            screen.open("/committee/trainees/" + CHANGING);
            // no evaluation and no review yet: those two say so, the other four are drawn
            assertThat(screen.text("#chart-milestones .empty")).isEqualTo("No rotation evaluation has been recorded yet.");
            assertThat(screen.text("#chart-autonomy .empty")).startsWith("No committee review yet");
            screen.waitUntil(() -> screen.all("figure[data-chart][data-drawn=true]").size() == 4);
            screen.screenshot("committee-04a-trainee-without-evaluations");
            pickInstant(screen, cutAsTyped);
            assertThat(screen.text("#changes")).startsWith("0 figure(s) changed; 0 entr(y/ies) recorded since");
            assertThat(screen.all("#comparison tr.changed")).isEmpty();
            assertThat(screen.text("#recorded-since")).contains("Nothing has been recorded since.");
            assertThat(screen.text("#compare-FIGURE-skills td.then")).isEqualTo("2");
            screen.screenshot("committee-04-as-it-stood-before");

            // a later entry and a correction of one the dashboard then showed
            record(t + "/procedures", procedure("TUMOR_BIOPSY_PREPARATION", "DIRECT_SUPERVISION"));
            String correction = record(t + "/corrections", Requests.correction(staging, "Signed off for the wrong trainee"));

            screen.driver().navigate().refresh();
            assertThat(screen.text("#compare-FIGURE-skills td.then")).isEqualTo("2");
            assertThat(screen.text("#compare-FIGURE-skills td.today")).isEqualTo("1");
            assertThat(screen.find("#compare-FIGURE-skills").getAttribute("class")).contains("changed");
            assertThat(screen.text("#compare-PROCEDURE-TUMOR_BIOPSY_PREPARATION td.then")).isEqualTo("1");
            assertThat(screen.text("#compare-PROCEDURE-TUMOR_BIOPSY_PREPARATION td.today")).isEqualTo("2");
            assertThat(screen.find("#compare-PROCEDURE-TUMOR_BIOPSY_PREPARATION").getAttribute("class")).contains("changed");
            assertThat(screen.find("#compare-PROCEDURE-CAR_T_INFUSION_LOCAL").getAttribute("class")).doesNotContain("changed");
            assertThat(screen.all("#recorded-since li")).extracting(li -> li.getAttribute("data-type"))
                    .containsExactly("ProcedureRecorded", "EntryCorrected");
            assertThat(screen.find("#recorded-since li[data-entry='" + correction + "']").getAttribute("class")).contains("correction");
            assertThat(screen.text("#corrected-since li[data-entry='" + staging + "']"))
                    .contains("Skill signed off", "Signed off for the wrong trainee", FACULTY);
            assertThat(screen.text("#changes")).startsWith("4 figure(s) changed; 2 entr(y/ies) recorded since, 1 correction(s)");
            screen.screenshot("committee-05-as-it-stood-after");
            screen.fullPageScreenshot("committee-06-as-it-stood-after-full");
        }
    }

    @Test
    void thePastReviewIsReproducedWithWhatTheCommitteeSawAndWhatCameAfter() {
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            screen.signIn(MEMBER, RunningLedger.passwordOf(MEMBER));
            screen.open("/committee/trainees/" + CHARTED);
            new Select(screen.find("#as-of-review")).selectByValue(reviewId);
            screen.find("#show-review").click();
            screen.waitUntil(() -> screen.path().contains("/as-it-stood?review="));
            assertThat(screen.text("#reproduction")).contains("Reproduction of the committee review of " + YearMonth.from(START),
                    "On track", "Indirect supervision");
            assertThat(screen.text("#compare-COMPETENCY-PATIENT_CARE td.then")).isEqualTo("3");
            assertThat(screen.text("#compare-COMPETENCY-PATIENT_CARE td.today")).isEqualTo("4");
            assertThat(screen.text("#compare-AUTONOMY-autonomy td.then")).isEqualTo("–");
            assertThat(screen.text("#compare-AUTONOMY-autonomy td.today")).isEqualTo("Indirect supervision");
            assertThat(screen.all("#recorded-since li")).extracting(li -> li.getAttribute("data-type"))
                    .containsExactly("CommitteeReviewRecorded", "RotationEvaluationRecorded");
            screen.screenshot("committee-07-reproduction");
        }
    }

    @Test
    void theCommitteePagesSpeakChinese() {
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "zh-CN,zh")) {
            screen.signIn(MEMBER, RunningLedger.passwordOf(MEMBER));
            screen.waitUntil(() -> screen.path().equals("/committee"));
            assertThat(screen.lang()).isEqualTo("zh-CN");
            assertThat(screen.text("h1")).isEqualTo("本期学员");
            screen.screenshot("committee-08-cohort-zh");
            screen.open("/committee/trainees/" + CHARTED);
            assertThat(screen.text("#chart-milestones h2")).isEqualTo("各项胜任力里程碑等级变化");
            assertThat(screen.text("#chart-milestones thead")).contains("患者照护", "职业素养");
            assertThat(screen.text("#chart-procedures")).contains("CAR-T 静脉输注", "直接督导下完成");
            assertThat(screen.text("#chart-autonomy td.autonomy")).isEqualTo("间接督导");
            assertThat(screen.text("main")).contains("已完成天数", "剩余天数", "当时的记录");
            screen.waitUntil(() -> screen.all("figure[data-chart][data-drawn=true]").size() == 6);
            screen.screenshot("committee-09-trainee-zh-1440x900");
            screen.fullPageScreenshot("committee-10-trainee-zh-full");

            new Select(screen.find("#as-of-review")).selectByValue(reviewId);
            screen.find("#show-review").click();
            screen.waitUntil(() -> screen.path().contains("/as-it-stood?review="));
            assertThat(screen.text("#reproduction")).contains("重现", "委员会评审", "进展正常");
            assertThat(screen.text("#recorded-since")).contains("委员会评审", "轮转评估");
            screen.screenshot("committee-11-reproduction-zh");
        }
    }

    @Test
    void facultyAndTraineesCannotOpenTheCommitteePages() {
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            screen.signIn(FACULTY, RunningLedger.passwordOf(FACULTY));
            screen.open("/committee/trainees/" + CHARTED);
            assertThat(screen.text("h1")).isEqualTo("For the competency committee");
            assertThat(screen.driver().getPageSource()).doesNotContain("chart-milestones");
            screen.screenshot("committee-12-faculty-refused");
            assertThat(status(screen, "/committee/trainees/" + CHARTED)).isEqualTo(403);
            assertThat(status(screen, "/committee")).isEqualTo(403);
            assertThat(status(screen, "/committee/trainees/" + CHARTED + "/as-it-stood?review=" + reviewId)).isEqualTo(403);
        }
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            screen.signIn(TRAINEE_USER, RunningLedger.passwordOf(TRAINEE_USER));
            screen.open("/committee/trainees/" + CHARTED);
            assertThat(screen.text("h1")).isEqualTo("For the competency committee");
            assertThat(status(screen, "/committee/trainees/" + CHARTED)).as("not even their own").isEqualTo(403);
            assertThat(status(screen, "/committee")).isEqualTo(403);
        }
        RunningLedger.Response anonymous = ledger.anonymous().send("GET", "/committee/trainees/" + CHARTED, null);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).contains("/sign-in");
    }

    @Test
    void theCoordinatorAndAuditorsReadTheCommitteePagesAsTheRoleMatrixLetsThemAndTheAdministratorDoesNot() {
        ledger.get("/api/me");
        for (String reader : List.of(RunningLedger.COORDINATOR, RunningLedger.AUDITOR)) {
            try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
                screen.signIn(reader, RunningLedger.passwordOf(reader));
                assertThat(status(screen, "/committee")).as(reader).isEqualTo(200);
                assertThat(status(screen, "/committee/trainees/" + CHARTED)).as(reader).isEqualTo(200);
                assertThat(status(screen, "/committee/trainees/" + CHARTED + "/as-it-stood?review=" + reviewId)).as(reader).isEqualTo(200);
            }
        }
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            screen.signIn(RunningLedger.ADMIN, RunningLedger.passwordOf(RunningLedger.ADMIN));
            screen.open("/committee/trainees/" + CHARTED);
            assertThat(screen.text("h1")).isEqualTo("For the competency committee");
            assertThat(status(screen, "/committee/trainees/" + CHARTED)).isEqualTo(403);
            assertThat(status(screen, "/committee")).isEqualTo(403);
        }
    }

    @Test
    void anUnknownTraineeAndMomentsTheLedgerCannotShowAreRefusedWithAPageSayingWhy() {
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            screen.signIn(MEMBER, RunningLedger.passwordOf(MEMBER));
            screen.open("/committee/trainees/NO-SUCH-1");
            assertThat(screen.text("h1")).isEqualTo("Not found");
            assertThat(status(screen, "/committee/trainees/NO-SUCH-1")).isEqualTo(404);
            assertThat(status(screen, "/committee/trainees/NO-SUCH-1/as-it-stood?on=" + START)).isEqualTo(404);

            // a day before the enrollment: the form, with the ledger's reason
            screen.open("/committee/trainees/" + CHARTED);
            pickDay(screen, START.minusDays(5));
            assertThat(screen.text("#as-of-problem")).contains("The ledger held no record of this trainee yet then")
                    .contains("Pick a later moment");
            assertThat(screen.all("#comparison")).isEmpty();
            screen.screenshot("committee-13-before-enrollment");
            assertThat(status(screen, "/committee/trainees/" + CHARTED + "/as-it-stood?on=" + START.minusDays(5))).isEqualTo(404);

            pickDay(screen, LocalDate.now(ReplayRequests.PROGRAM_ZONE).plusDays(2));
            assertThat(screen.text("#as-of-problem")).contains("That lies in the future");
            assertThat(status(screen, "/committee/trainees/" + CHARTED + "/as-it-stood?on="
                    + LocalDate.now(ReplayRequests.PROGRAM_ZONE).plusDays(2))).isEqualTo(422);
            assertThat(status(screen, "/committee/trainees/" + CHARTED + "/as-it-stood?at="
                    + LocalDateTime.now(ReplayRequests.PROGRAM_ZONE).plusHours(3).withNano(0))).isEqualTo(422);

            screen.open("/committee/trainees/" + CHARTED + "/as-it-stood?review=no-such-review");
            assertThat(screen.text("#as-of-problem")).contains("This trainee has no such committee review");
            assertThat(status(screen, "/committee/trainees/" + CHARTED + "/as-it-stood?review=no-such-review")).isEqualTo(404);

            screen.open("/committee/trainees/" + CHARTED + "/as-it-stood?on=30-11-2026");
            assertThat(screen.text("#as-of-problem")).contains("That is not a date");
            assertThat(status(screen, "/committee/trainees/" + CHARTED + "/as-it-stood?on=30-11-2026")).isEqualTo(400);
            assertThat(status(screen, "/committee/trainees/" + CHARTED + "/as-it-stood")).isEqualTo(400);
            assertThat(status(screen, "/committee/trainees/" + CHARTED + "/as-it-stood?on=" + START + "&review=" + reviewId))
                    .isEqualTo(400);

            // today, and the end of a day after the enrollment was recorded, are shown
            assertThat(status(screen, "/committee/trainees/" + CHARTED + "/as-it-stood?on="
                    + LocalDate.now(ReplayRequests.PROGRAM_ZONE))).isEqualTo(200);
        }
    }

    // ---- helpers

    private static void enroll(String traineeId, String fullName) {
        String body = """
                {"traineeId":"%s","fullName":"%s","track":"FELLOW",
                 "eligibility":{"institution":"Zhejiang University School of Medicine","completedOn":"%s"},
                 "startDate":"%s","endDate":"%s","mentorId":"fac-wang"}"""
                .formatted(traineeId, fullName, START.minusMonths(6), START, Requests.END);
        RunningLedger.Response enrolled = ledger.post("/api/trainees", body);
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
    }

    private static void reviewThisMonth(String traineeId, String autonomy) {
        record("/api/trainees/" + traineeId + "/committee-reviews", """
                {"reviewMonth":"%s","occurredAt":"%s","decision":"ON_TRACK","autonomyGranted":"%s",
                 "feedback":"Reviewed at this month's meeting","adjustedGoals":[]}"""
                .formatted(YearMonth.now(ReplayRequests.PROGRAM_ZONE), Instant.now().minusSeconds(60), autonomy), MEMBER, "COMMITTEE");
    }

    private static String record(String path, String body) {
        return record(path, body, FACULTY, "FACULTY");
    }

    private static String record(String path, String body, String recorderId, String role) {
        RunningLedger.Response response = ledger.post(path, body, recorderId, role);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("entryId").asString();
    }

    private static String evaluation(LocalDate day, int patientCare, int knowledge, int learning, int communication,
                                     int professionalism, int systems) {
        return """
                {"rotation":"Cellular therapy inpatient","occurredAt":"%s","milestoneLevels":{
                 "PATIENT_CARE":%d,"MEDICAL_KNOWLEDGE":%d,"PRACTICE_BASED_LEARNING":%d,
                 "COMMUNICATION_SKILLS":%d,"PROFESSIONALISM":%d,"SYSTEMS_BASED_PRACTICE":%d}}"""
                .formatted(ReplayRequests.at(day).isAfter(Instant.now()) ? Instant.now().minusSeconds(60) : ReplayRequests.at(day),
                        patientCare, knowledge, learning, communication, professionalism, systems);
    }

    private static String procedure(String procedure, String level) {
        return Requests.procedure(procedure, level);
    }

    private static String level(PhoneBrowser screen, String day, boolean review, String competency) {
        return cell(screen, "#chart-milestones tbody tr[data-day='" + day + "']" + (review ? "[data-review]" : ":not([data-review])")
                + " td[data-competency=" + competency + "]");
    }

    private static String cell(PhoneBrowser screen, String css) {
        return screen.find(css).getText().trim();
    }

    private static void pickInstant(PhoneBrowser screen, String localDateTime) {
        screen.driver().executeScript("document.getElementById('as-of-instant').value = arguments[0]", localDateTime);
        screen.find("#show-instant").click();
        screen.waitUntil(() -> screen.path().contains("/as-it-stood?at="));
    }

    private static void pickDay(PhoneBrowser screen, LocalDate day) {
        screen.driver().executeScript("document.getElementById('as-of-day').value = arguments[0]", day.toString());
        screen.find("#show-day").click();
        screen.waitUntil(() -> screen.path().contains("/as-it-stood?on=" + day));
    }

    /** The status the page answers with, asked in the browser's own session. */
    private static int status(PhoneBrowser screen, String path) {
        String session = screen.driver().manage().getCookieNamed("JSESSIONID").getValue();
        RunningLedger.Response response = ledger.anonymous().send("GET", path, null, "Cookie", "JSESSIONID=" + session);
        assertThat(response.contentType()).as(path).startsWith("text/html");
        return response.status();
    }

    private static void waitUntilPast(Instant instant) throws InterruptedException {
        long millis = Duration.between(Instant.now(), instant).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
