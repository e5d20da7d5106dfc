package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.requirements.RequirementSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * What the committee decides from beyond the charts, on the trainee's dashboard page: progress toward the
 * requirements, the last review's goals and texts, technical competency evaluations, rotation evaluations, faculty
 * feedback and research projects, a corrected entry left out and what people wrote shown as text, in both languages;
 * the committee's wide screen and the trainee's phone.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class CommitteeDashboardSectionsTest {

    private static final String MEMBER = "ccc-he";
    private static final String TRAINEE = "C-SEC-1";
    private static final String TRAINEE_USER = "trainee-sec";
    private static final String HOSTILE = "<script>document.title='owned'</script>Calm under pressure";

    private static RunningLedger ledger;

    @BeforeAll
    static void recordWhatTheCommitteeDecidesFrom() {
        // the fellows' requirements before the enrollment: two infusions, one skill, two tumor boards and a milestone level,
        // of which one board is done and the milestone rated a level short
        RequirementSetsInTheLedger.define(ledger, Track.FELLOW, new RequirementSet(
                List.of(new RequirementSet.ProcedureMinimum("CAR_T_INFUSION_INTRAVENOUS", 2, SupervisionLevel.DIRECT_SUPERVISION)),
                List.of("CRS_MANAGEMENT"), List.of(new RequirementSet.AttendanceMinimum("MDT_TUMOR_BOARD", 2)),
                List.of(new RequirementSet.MilestoneMinimum("PATIENT_CARE", 4)), 0, 0));
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow(TRAINEE)).status()).isEqualTo(201);
        ledger.as(MEMBER, "COMMITTEE").get("/api/me");
        ledger.asTrainee(TRAINEE_USER, TRAINEE).get("/api/me");
        String t = "/api/trainees/" + TRAINEE;
        record(t + "/rotation-evaluations", Requests.rotationEvaluation(3), "fac-wang", "FACULTY");
        record(t + "/attendance", Requests.attendance("MDT_TUMOR_BOARD", false), "fac-wang", "FACULTY");
        record(t + "/technical-assessments", """
                {"area":"PROCEDURES","procedure":"CAR_T_INFUSION_INTRAVENOUS","level":3,"comments":"Safe and methodical"}""",
                "fac-wang", "FACULTY");
        record(t + "/feedback", """
                {"strengths":"%s","areasForImprovement":"Hand-offs","careerDevelopment":"Consider a research year"}"""
                .formatted(HOSTILE.replace("\"", "\\\"")), "fac-zhao", "FACULTY");
        String wrong = record(t + "/feedback", """
                {"strengths":"Meant for someone else"}""", "fac-zhao", "FACULTY");
        record(t + "/corrections", Requests.correction(wrong, "Recorded for the wrong trainee"), "fac-zhao", "FACULTY");
        record(t + "/research", """
                {"projectTitle":"Mesothelin CAR-T persistence","milestone":"PROGRESS_REPORTED"}""", "fac-wang", "FACULTY");
        record(t + "/committee-reviews", """
                {"reviewMonth":"%s","decision":"ON_TRACK","autonomyGranted":"INDIRECT_SUPERVISION",
                 "overallPerformance":"Performing as expected","researchProgress":"Protocol drafted",
                 "teamParticipation":"Leads the morning huddle","feedback":"Strong CRS recognition",
                 "adjustedGoals":["Lead one tumor board case","Submit the registry protocol"]}"""
                .formatted(YearMonth.now(ReplayRequests.PROGRAM_ZONE)), MEMBER, "COMMITTEE");
        ledger.awaitProjections();
    }

    @BeforeEach
    void theBrowserIsInstalled() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void theCommitteeReadsEverySectionOnItsWideScreenInEnglishAndChinese() {
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            screen.signIn(MEMBER, RunningLedger.passwordOf(MEMBER));
            screen.open("/committee/trainees/" + TRAINEE);

            assertThat(screen.text("#last-review h2")).isEqualTo("The last committee review");
            assertThat(screen.text("#requirement-progress h2")).isEqualTo("Progress toward completion");
            assertThat(screen.text("#requirement-progress .requirement-set")).contains("Fellow", "the set in force at enrollment");
            // (0/2 + 0/1 + 1/2 + 3/4) / 4, rounded down
            assertThat(screen.text("#requirement-progress .percent")).isEqualTo("31% done");
            assertThat(texts(screen, "#requirement-progress li.missing .missing-words"))
                    .containsExactly("2 more needed, each at “Direct supervision” or with less supervision", "Not signed off yet",
                            "1 more needed", "Level 4 or above needed; the latest rating is 3");
            assertThat(texts(screen, "#last-review ol.goals li")).containsExactly("Lead one tumor board case", "Submit the registry protocol");
            assertThat(screen.text("#last-review .team-participation")).isEqualTo("Leads the morning huddle");
            assertThat(screen.text("#technical-assessments")).contains("Technical competency evaluations", "Procedures",
                    "Level 3", "Safe and methodical", "by fac-wang");
            assertThat(screen.text("#rotation-evaluations")).contains("Cellular therapy inpatient", "Patient care");
            assertThat(screen.all("#faculty-feedback li")).as("the corrected feedback left out").hasSize(1);
            assertThat(screen.text("#faculty-feedback .strengths")).isEqualTo(HOSTILE);
            assertThat(screen.driver().getTitle()).doesNotContain("owned");
            assertThat(screen.text("#research-projects")).contains("Mesothelin CAR-T persistence", "Progress reported");
            assertThat((Long) screen.driver().executeScript("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(PhoneBrowser.WIDE_WIDTH);
            screen.fullPageScreenshot("committee-sections-01-en");
        }
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "zh-CN,zh")) {
            screen.signIn(MEMBER, RunningLedger.passwordOf(MEMBER));
            screen.open("/committee/trainees/" + TRAINEE);

            assertThat(screen.text("#last-review h2")).isEqualTo("最近一次委员会评审");
            assertThat(screen.text("#requirement-progress")).contains("完成要求的进度", "已完成 31%", "1 / 2");
            assertThat(texts(screen, "#requirement-progress li.missing .missing-words"))
                    .containsExactly("还需 2 例，每例须在“直接督导”或更少督导下完成", "尚未签核", "还需参加 1 次",
                            "须达到里程碑等级 4 或以上；最近一次评定为 3 级");
            assertThat(screen.text("#technical-assessments h2")).isEqualTo("技术能力评估");
            assertThat(screen.text("#technical-assessments")).contains("操作技能", "等级 3");
            assertThat(screen.text("#rotation-evaluations h2")).isEqualTo("轮转及其评价");
            assertThat(screen.text("#faculty-feedback")).contains("带教老师个人反馈", "优势", "待改进之处", "职业发展");
            assertThat(screen.text("#research-projects")).contains("科研项目", "进展汇报");
        }
    }

    @Test
    void theTraineeReadsThemOnAPhoneWithTheAutonomyGrantedOverTime() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "zh-CN,zh")) {
            phone.signIn(TRAINEE_USER, RunningLedger.passwordOf(TRAINEE_USER));
            phone.open("/trainees/" + TRAINEE);

            assertThat(texts(phone, "#last-review ol.goals li")).containsExactly("Lead one tumor board case", "Submit the registry protocol");
            assertThat(phone.text("#autonomy-history")).contains("间接督导", "进展正常");
            assertThat(phone.all("#faculty-feedback li")).hasSize(1);
            assertThat(phone.text("#requirement-progress .percent")).isEqualTo("已完成 31%");
            assertThat((Long) phone.driver().executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the phone").isLessThanOrEqualTo(PhoneBrowser.WIDTH);
            phone.driver().executeScript("document.getElementById('requirement-progress').scrollIntoView()");
            phone.screenshot("committee-sections-02a-progress-phone");
            phone.driver().executeScript("document.getElementById('last-review').scrollIntoView()");
            phone.screenshot("committee-sections-02-trainee-phone");
        }
    }

    private static List<String> texts(PhoneBrowser browser, String selector) {
        return browser.all(selector).stream().map(WebElement::getText).toList();
    }

    private static String record(String path, String body, String recorderId, String role) {
        RunningLedger.Response response = ledger.post(path, body, recorderId, role);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("entryId").asString();
    }
}
