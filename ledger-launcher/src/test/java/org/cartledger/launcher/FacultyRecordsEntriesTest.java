package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * Faculty on a 375 px phone log every other kind of entry from the trainee's page (a procedure with its
 * supervision level, attendance with a case presented, a rotation evaluation on the six competencies, feedback,
 * a technical assessment, research progress), and each reaches the trainee's record; a form sent twice records
 * once; a refusal is shown next to the field it is about, in Chinese, with the program's local dates; a faculty
 * member corrects their own entry with the reason, and only their own; a trainee does neither. Screenshots in
 * target/screenshots/.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class FacultyRecordsEntriesTest {

    private static final String FACULTY = "fac-wang";
    private static final String COLLEAGUE = "fac-zhao";
    private static final String LOGGED = "F-ENT-1";
    private static final String NOT_YET_STARTED = "F-ENT-2";
    private static final String TAPPED_TWICE = "F-ENT-3";
    private static final String CORRECTED = "F-ENT-4";
    private static final String CORRECTED_IN_CHINESE = "F-ENT-5";
    private static final LocalDate LATER_START = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);

    private static TestDatabase database;
    private static RunningLedger ledger;

    @BeforeAll
    static void enrollTheCohort() {
        enroll(LOGGED, "王小明", Requests.START);
        enroll(NOT_YET_STARTED, "李华", LATER_START);
        enroll(TAPPED_TWICE, "张伟", Requests.START);
        enroll(CORRECTED, "Dr. Mei Chen", Requests.START);
        enroll(CORRECTED_IN_CHINESE, "陈静", Requests.START);
        ledger.awaitProjections();
    }

    private static void enroll(String traineeId, String fullName, LocalDate start) {
        String body = """
                {"traineeId":"%s","fullName":"%s","track":"FELLOW",
                 "eligibility":{"institution":"Zhejiang University School of Medicine","completedOn":"%s"},
                 "startDate":"%s","endDate":"%s","mentorId":"%s"}"""
                .formatted(traineeId, fullName, start.minusMonths(6), start, start.plusMonths(4), FACULTY);
        RunningLedger.Response enrolled = ledger.post("/api/trainees", body);
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
    }

    @BeforeEach
    void theBrowserIsInstalled() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void facultyLogsEachKindOfEntryOnAPhoneAndEachReachesTheTraineesRecord() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(FACULTY, RunningLedger.passwordOf(FACULTY));
            phone.open("/trainees/" + LOGGED);
            assertThat(phone.all(".log-entry a.kind-button")).hasSize(6);
            assertNothingWiderThanThePhone(phone);
            phone.screenshot("20-trainee-log-an-entry");

            open(phone, "procedure");
            tap(phone, "#f-procedure-CAR_T_INFUSION_LOCAL");
            tap(phone, "#f-setting-CLINICAL");
            tap(phone, "#f-supervisionLevel-DIRECT_SUPERVISION");
            phone.screenshot("21-procedure-form");
            record(phone, "procedure");

            open(phone, "attendance");
            new Select(phone.find("#f-activityType")).selectByValue("MDT_TUMOR_BOARD");
            tap(phone, "#f-presentedCase");
            phone.find("#f-caseTopic").sendKeys("Claudin18.2 CAR-T, gastric cancer");
            phone.screenshot("22-attendance-form");
            record(phone, "attendance");

            open(phone, "rotation-evaluation");
            phone.find("#f-rotation").sendKeys("Cellular therapy ward");
            for (String competency : List.of("PATIENT_CARE", "MEDICAL_KNOWLEDGE", "PRACTICE_BASED_LEARNING", "COMMUNICATION_SKILLS",
                    "PROFESSIONALISM", "SYSTEMS_BASED_PRACTICE")) {
                tap(phone, "#f-level-" + competency + "-3");
            }
            tap(phone, "#f-level-PATIENT_CARE-4");
            assertThat(phone.text("#f-level-PATIENT_CARE-field .meaning-4")).contains("Proficient");
            assertNothingWiderThanThePhone(phone);
            phone.screenshot("23-rotation-evaluation-form");
            record(phone, "rotation-evaluation");

            open(phone, "feedback");
            phone.find("#f-strengths").sendKeys("Calm, early recognition of CRS");
            phone.find("#f-careerDevelopment").sendKeys("Consider a cell-therapy research year");
            record(phone, "feedback");

            open(phone, "technical-assessment");
            tap(phone, "#f-area-PROCEDURES");
            tap(phone, "#f-procedure-CAR_T_INFUSION_INTRAVENOUS");
            tap(phone, "#f-level-2");
            phone.screenshot("24-technical-assessment-form");
            record(phone, "technical-assessment");

            open(phone, "research");
            phone.find("#f-projectTitle").sendKeys("CRS kinetics after mesothelin CAR-T");
            tap(phone, "#f-milestone-PROJECT_STARTED");
            record(phone, "research");
            assertThat(phone.text("#recent")).contains("Research progress", "Technical assessment", "Faculty feedback", "Rotation evaluation",
                    "Attendance", "Procedure");
            phone.screenshot("25-recorded-recent-entries");
            // progress on the same project: its title is suggested
            phone.open("/trainees/" + LOGGED + "/entries/new/research");
            assertThat(phone.driver().findElement(By.cssSelector("#f-projectTitle-suggestions option")).getAttribute("value"))
                    .isEqualTo("CRS kinetics after mesothelin CAR-T");
        }

        List<JsonNode> entries = entries(LOGGED);
        assertThat(entries).extracting(entry -> entry.get("entryType").asString()).containsExactly("TraineeEnrolled",
                "ProcedureRecorded", "AttendanceRecorded", "RotationEvaluationRecorded", "FacultyFeedbackRecorded",
                "TechnicalCompetencyAssessed", "ResearchProgressRecorded");
        assertThat(entries.subList(1, entries.size())).allSatisfy(entry -> {
            assertThat(entry.get("recorderId").asString()).isEqualTo(FACULTY);
            assertThat(entry.get("recorderRole").asString()).isEqualTo("FACULTY");
        });
        JsonNode dashboard = ledger.get("/api/trainees/" + LOGGED + "/dashboard").json();
        JsonNode procedure = find(dashboard.get("procedures"), "procedure", "CAR_T_INFUSION_LOCAL");
        assertThat(procedure.get("performed").asInt()).isEqualTo(1);
        assertThat(procedure.get("bySupervisionLevel").get("DIRECT_SUPERVISION").asInt()).isEqualTo(1);
        JsonNode board = find(dashboard.get("attendance"), "activityType", "MDT_TUMOR_BOARD");
        assertThat(board.get("casesPresented").asInt()).isEqualTo(1);
        assertThat(find(dashboard.get("competencies"), "competency", "PATIENT_CARE").get("latestLevel").asInt()).isEqualTo(4);
        assertThat(find(dashboard.get("competencies"), "competency", "PROFESSIONALISM").get("latestLevel").asInt()).isEqualTo(3);
        assertThat(find(dashboard.get("research"), "projectTitle", "CRS kinetics after mesothelin CAR-T").get("latestMilestone").asString())
                .isEqualTo("PROJECT_STARTED");
        assertThat(entries.get(5).get("summary").asString()).contains("CAR-T infusion, intravenous");
    }

    @Test
    void aFormSentTwiceAndRetriedRecordsOnce() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(FACULTY, RunningLedger.passwordOf(FACULTY));
            phone.open("/trainees/" + TAPPED_TWICE + "/entries/new/procedure");
            tap(phone, "#f-procedure-TUMOR_BIOPSY_PREPARATION");
            tap(phone, "#f-setting-SIMULATION");
            tap(phone, "#f-supervisionLevel-ASSISTED");
            // a value the form does not offer, sent by hand: named next to its field, and nothing sent to the ledger
            Object tampered = ((JavascriptExecutor) phone.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.getElementById('entry-form');
                    const data = new FormData(form);
                    data.set('procedure', 'APPENDECTOMY');
                    fetch(form.action, {method: 'POST', body: data, redirect: 'manual'})
                        .then(r => r.text().then(page => done([r.status, page.includes('id="f-procedure-problem"')])), e => done(String(e)));""");
            assertThat(tampered).isEqualTo(List.of(422L, true));
            // a double tap: the same form sent twice at once, as a browser does when the button is pressed twice
            Object statuses = ((JavascriptExecutor) phone.driver()).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const form = document.getElementById('entry-form');
                    const send = () => fetch(form.action, {method: 'POST', body: new FormData(form), redirect: 'manual'})
                        .then(r => r.type === 'opaqueredirect' ? 302 : r.status);
                    Promise.all([send(), send()]).then(done, e => done(String(e)));""");
            assertThat(statuses).isEqualTo(List.of(302L, 302L));
            // and a retry once those answers were lost: the same form, submitted again
            record(phone, "procedure");
        }
        assertThat(entries(TAPPED_TWICE)).extracting(entry -> entry.get("entryType").asString())
                .containsExactly("TraineeEnrolled", "ProcedureRecorded");
    }

    @Test
    void aRefusalIsShownNextToItsFieldInChineseWithTheProgramsLocalDatesAndStoresNothing() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "zh-CN,zh")) {
            phone.signIn(FACULTY, RunningLedger.passwordOf(FACULTY));
            phone.open("/trainees/" + NOT_YET_STARTED);
            phone.screenshot("26-trainee-zh");
            phone.find("#record-attendance").click();
            phone.waitUntil(() -> phone.path().endsWith("/entries/new/attendance"));
            assertThat(phone.text("h1")).isEqualTo("记录出勤");
            phone.screenshot("27-attendance-form-zh");
            phone.find("#record-entry").click();

            String refusal = phone.text("#f-date-refusal");
            assertThat(refusal).contains("不在该学员的培训日期内")
                    .contains(LATER_START.getYear() + "年" + LATER_START.getMonthValue() + "月" + LATER_START.getDayOfMonth() + "日")
                    .contains("Asia/Shanghai")
                    .doesNotContain("occurredAt").doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}");
            assertThat(phone.find("#f-date").getAttribute("aria-describedby")).isEqualTo("f-date-refusal");
            assertThat(phone.path()).isEqualTo("/trainees/" + NOT_YET_STARTED + "/entries/new/attendance");
            phone.screenshot("28-refused-zh");

            // a refusal about another field goes next to that one: a case presented where none is
            phone.open("/trainees/" + CORRECTED_IN_CHINESE + "/entries/new/attendance");
            new Select(phone.find("#f-activityType")).selectByValue("JOURNAL_CLUB");
            tap(phone, "#f-presentedCase");
            phone.find("#f-caseTopic").sendKeys("没有病例");
            phone.find("#record-entry").click();
            assertThat(phone.text("#f-presentedCase-refusal")).contains("此处不汇报病例");
            phone.screenshot("29-refused-case-zh");
            // put right and sent again, the same form: a refusal stored nothing, not even the form's key
            tap(phone, "#f-presentedCase");
            phone.find("#record-entry").click();
            phone.waitUntil(() -> phone.path().contains("?recorded=attendance"));
            assertThat(phone.text("#recorded")).contains("已记录：出勤");

            phone.open("/trainees/" + LOGGED + "/entries/new/rotation-evaluation");
            phone.find(".levels-legend summary").click();
            assertThat(phone.text(".levels-legend")).contains("熟练", "结业目标");
            phone.screenshot("30-rotation-evaluation-zh-levels");
            phone.find("#record-entry").click();
            assertThat(phone.text("#f-rotation-problem")).contains("请填写此项");
            assertThat(phone.text("#f-level-PATIENT_CARE-problem")).contains("请选择一项");
            phone.screenshot("30-rotation-evaluation-zh-unfilled");

            // a correction, in Chinese: the reason is asked for in the page's words
            String mine = ledger.post("/api/trainees/" + CORRECTED_IN_CHINESE + "/attendance", Requests.attendance("JOURNAL_CLUB", false), FACULTY,
                    "FACULTY").json().get("entryId").asString();
            ledger.awaitProjections();
            phone.open("/trainees/" + CORRECTED_IN_CHINESE + "#recent");
            phone.find("#entry-" + mine + " a.correct");
            // the recent entry reads in Chinese, from the facts the transcript keeps
            assertThat(phone.text("#entry-" + mine + " .summary")).isEqualTo("参加文献研读会（60 分钟）");
            assertThat(phone.find("#entry-" + mine + " .summary").getDomAttribute("lang")).isNull();
            phone.screenshot("30-recent-entries-zh");
            phone.find("#entry-" + mine + " a.correct").click();
            phone.find("#record-correction").click();
            assertThat(phone.text("#f-reason-problem")).contains("更正需要理由");
            phone.screenshot("30-correction-zh");
        }
        assertThat(entries(NOT_YET_STARTED)).extracting(entry -> entry.get("entryType").asString()).containsExactly("TraineeEnrolled");
        assertThat(entries(LOGGED)).extracting(entry -> entry.get("entryType").asString()).doesNotContain("AttendanceRecorded",
                "RotationEvaluationRecorded").isNotEmpty();
        List<JsonNode> putRight = entries(CORRECTED_IN_CHINESE).stream()
                .filter(entry -> entry.get("entryType").asString().equals("AttendanceRecorded")).toList();
        assertThat(putRight).anySatisfy(entry -> {
            assertThat(entry.get("summary").asString()).isEqualTo("Attended Journal club");
            assertThat(entry.get("facts").get("activityType").asString()).isEqualTo("JOURNAL_CLUB");
        });
        assertThat(entries(CORRECTED_IN_CHINESE)).extracting(entry -> entry.get("entryType").asString()).doesNotContain("EntryCorrected");
    }

    @Test
    void aFacultyMemberCorrectsTheirOwnEntryWithTheReasonAndOnlyTheirOwn() {
        String mine = ledger.post("/api/trainees/" + CORRECTED + "/attendance", Requests.attendance("JOURNAL_CLUB", false), FACULTY, "FACULTY")
                .json().get("entryId").asString();
        String theirs = ledger.post("/api/trainees/" + CORRECTED + "/attendance", Requests.attendance("ACADEMIC_LECTURE", false), COLLEAGUE,
                "FACULTY").json().get("entryId").asString();
        ledger.awaitProjections();
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(FACULTY, RunningLedger.passwordOf(FACULTY));
            phone.open("/trainees/" + CORRECTED);
            assertThat(phone.all("#entry-" + theirs + " a.correct")).as("a colleague's entry is not offered").isEmpty();
            phone.find("#entry-" + mine + " a.correct").click();
            phone.waitUntil(() -> phone.path().endsWith("/entries/" + mine + "/correction"));
            phone.find("#record-correction").click();
            assertThat(phone.text("#f-reason-problem")).contains("a correction needs its reason");
            phone.find("#f-reason").sendKeys("Recorded for the wrong trainee: it was Dr. Lee's journal club");
            phone.screenshot("31-correction-form");
            phone.find("#record-correction").click();

            phone.waitUntil(() -> phone.path().startsWith("/trainees/" + CORRECTED + "?corrected="));
            assertThat(phone.text("#corrected")).contains("Correction recorded");
            assertThat(phone.find("#entry-" + mine + " .entry-line").getAttribute("class")).contains("corrected");
            assertThat(phone.text("#entry-" + mine)).contains("Corrected: Recorded for the wrong trainee");
            assertThat(phone.all("#entry-" + mine + " a.correct")).as("corrected once").isEmpty();
            phone.screenshot("32-corrected");

            // a colleague's entry, asked for by its address: the ledger refuses, and the page says why, next to the entry
            phone.open("/trainees/" + CORRECTED + "/entries/" + theirs + "/correction");
            phone.find("#f-reason").sendKeys("Not mine to correct");
            phone.find("#record-correction").click();
            assertThat(phone.text("#f-entry-refusal")).contains("Not yours to correct");
            phone.screenshot("33-correction-refused");
        }
        List<JsonNode> entries = entries(CORRECTED);
        JsonNode corrected = entries.stream().filter(entry -> entry.get("entryId").asString().equals(mine)).findFirst().orElseThrow();
        assertThat(corrected.get("correctionReason").asString()).isEqualTo("Recorded for the wrong trainee: it was Dr. Lee's journal club");
        JsonNode correction = entries.get(entries.size() - 1);
        assertThat(correction.get("entryType").asString()).isEqualTo("EntryCorrected");
        assertThat(correction.get("recorderId").asString()).isEqualTo(FACULTY);
        assertThat(correction.get("correctsEntryId").asString()).isEqualTo(mine);
        assertThat(entries.stream().filter(entry -> entry.get("entryId").asString().equals(theirs)).findFirst().orElseThrow()
                .get("correctedByEntryId").isNull()).isTrue();
    }

    @Test
    void aTraineeLogsNothingAndCorrectsNothing() {
        ledger.asTrainee("trainee-ent", LOGGED);
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn("trainee-ent", RunningLedger.passwordOf("trainee-ent"));
            phone.waitUntil(() -> phone.path().equals("/trainees/" + LOGGED));
            assertThat(phone.all(".log-entry a.kind-button")).isEmpty();
            assertThat(phone.all("#recent a.correct")).isEmpty();

            phone.open("/trainees/" + LOGGED + "/entries/new/procedure");
            assertThat(phone.text("h1")).isEqualTo("For faculty");
            phone.open("/trainees/" + TAPPED_TWICE + "/entries/new/procedure");
            assertThat(phone.text("h1")).isEqualTo("Not your record");
        }
    }

    @Test
    void everyEntryPageIsAccessibleInBothLanguagesWithProblemsAndRefusalsShown() {
        String mine = ledger.post("/api/trainees/" + CORRECTED_IN_CHINESE + "/procedures",
                Requests.procedure("TUMOR_BIOPSY_PREPARATION", "OBSERVED"), FACULTY, "FACULTY").json().get("entryId").asString();
        ledger.awaitProjections();
        for (String language : List.of("en-US,en", "zh-CN,zh")) {
            List<String> found = new ArrayList<>();
            try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), language)) {
                phone.signIn(FACULTY, RunningLedger.passwordOf(FACULTY));
                phone.open("/trainees/" + CORRECTED_IN_CHINESE);
                phone.find("#entry-" + mine + " a.correct");
                found.addAll(PageAccessibility.violations(phone));
                for (String kind : List.of("procedure", "attendance", "rotation-evaluation", "feedback", "technical-assessment", "research")) {
                    phone.open("/trainees/" + CORRECTED_IN_CHINESE + "/entries/new/" + kind);
                    phone.find("#record-entry");
                    found.addAll(PageAccessibility.violations(phone));
                    // sent unfilled (the day cleared too): each problem next to its field
                    phone.driver().executeScript("document.getElementById('f-date').value = ''");
                    phone.find("#record-entry").click();
                    phone.find("#entry-form .problem");
                    found.addAll(PageAccessibility.violations(phone));
                }
                // a refusal of the ledger next to the day
                phone.open("/trainees/" + NOT_YET_STARTED + "/entries/new/feedback");
                phone.find("#f-strengths").sendKeys("Thorough");
                phone.find("#record-entry").click();
                phone.find("#f-date-refusal");
                found.addAll(PageAccessibility.violations(phone));
                phone.open("/trainees/" + CORRECTED_IN_CHINESE + "/entries/" + mine + "/correction");
                phone.find("#record-correction").click();
                phone.find("#f-reason-problem");
                found.addAll(PageAccessibility.violations(phone));
            }
            assertThat(found).as(language).isEmpty();
        }
    }

    private static void open(PhoneBrowser phone, String kind) {
        phone.find("#record-" + kind).click();
        phone.waitUntil(() -> phone.path().endsWith("/entries/new/" + kind));
        assertThat(phone.find("#f-date").getAttribute("value")).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
    }

    private static void record(PhoneBrowser phone, String kind) {
        phone.find("#record-entry").click();
        phone.waitUntil(() -> phone.path().contains("?recorded=" + kind));
        assertThat(phone.text("#recorded")).startsWith("Recorded:");
    }

    /** Taps a choice as a finger would: on its label, the large target around the input. */
    private static void tap(PhoneBrowser phone, String inputCss) {
        phone.driver().findElement(By.cssSelector(inputCss)).findElement(By.xpath("./ancestor::label[1]")).click();
    }

    private static void assertNothingWiderThanThePhone(PhoneBrowser phone) {
        assertThat((Long) phone.driver().executeScript("return document.documentElement.scrollWidth"))
                .as("nothing wider than the phone").isLessThanOrEqualTo(PhoneBrowser.WIDTH);
    }

    private static List<JsonNode> entries(String traineeId) {
        ledger.awaitProjections();
        List<JsonNode> entries = new ArrayList<>();
        ledger.get("/api/trainees/" + traineeId + "/transcript").json().get("entries").forEach(entries::add);
        return entries;
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (item.get(field).asString().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("No " + field + " " + value + " in " + list);
    }
}
