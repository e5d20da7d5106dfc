package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The coordinator enrolls trainees in a real headless Chromium on a phone: a medical student with a dean's letter,
 * checked on the trainee's page and in the ledger; the evidence a track needs, a non-standard length without
 * approval and an unknown mentor refused next to their fields in both languages, with nothing enrolled; a form sent
 * twice enrolls once; faculty cannot enroll. Then a program's end: an extension, a completion refused until it carries
 * a waiver, a withdrawal, and a closed program offered no more.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class CoordinatorEnrollsTest {

    private static final String COORDINATOR = "coord-liu";
    private static final String MENTOR = "fac-wang";
    private static RunningLedger ledger;

    @BeforeAll
    static void people() {
        ledger.as(COORDINATOR, "COORDINATOR");
        ledger.as(MENTOR, "FACULTY");
    }

    @BeforeEach
    void theBrowserIsInstalled() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void aStudentWithADeansLetterIsEnrolledAndTheFormSentTwiceEnrollsOnce() {
        LocalDate start = LocalDate.now().minusDays(7);
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(COORDINATOR, RunningLedger.passwordOf(COORDINATOR));
            phone.find("#open-enroll").click();
            phone.waitUntil(() -> phone.path().equals("/enrollments/new"));
            phone.find("#traineeId").sendKeys("S-2026-001");
            phone.find("#fullName").sendKeys("林晓雨");
            phone.find("#track-STUDENT").click();
            phone.find("#institution").sendKeys("Zhejiang University School of Medicine");
            phone.find("#coreClerkshipsComplete").click();
            date(phone, "deansLetterIssuedOn", start.minusMonths(1));
            date(phone, "expectedGraduationOn", start.plusMonths(8));
            date(phone, "startDate", start);
            date(phone, "endDate", start.plusMonths(3));
            phone.find("#mentorId").sendKeys(MENTOR);
            assertThat((Long) phone.driver().executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the phone").isLessThanOrEqualTo(PhoneBrowser.WIDTH);
            phone.screenshot("enroll-01-student");
            // a double tap: the same form sent twice
            phone.driver().executeScript("const f = document.getElementById('enroll-form'); f.requestSubmit(); f.requestSubmit();");
            phone.waitUntil(() -> phone.path().startsWith("/trainees/S-2026-001"));
            assertThat(phone.text("#enrolled")).startsWith("Enrolled.");
            assertThat(phone.text("h1")).contains("林晓雨");
            phone.screenshot("enroll-02-enrolled");
        }
        ledger.awaitProjections();
        JsonNode transcript = ledger.get("/api/trainees/S-2026-001/transcript").json();
        assertThat(transcript.get("entries")).hasSize(1);
        JsonNode enrollment = transcript.get("entries").get(0);
        assertThat(enrollment.get("recorderId").asString()).isEqualTo(COORDINATOR);
        assertThat(enrollment.get("recorderRole").asString()).isEqualTo("COORDINATOR");
        assertThat(enrollment.get("summary").asString()).contains("STUDENT").contains("mentor " + MENTOR);
    }

    @Test
    void whatTheProgramRequiresIsRefusedNextToItsFieldAndNothingIsEnrolled() {
        LocalDate start = LocalDate.now().minusDays(3);
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "zh-CN,zh")) {
            phone.signIn(COORDINATOR, RunningLedger.passwordOf(COORDINATOR));
            phone.open("/enrollments/new");
            phone.find("#traineeId").sendKeys("F-2026-NEW");
            phone.find("#fullName").sendKeys("周明");
            phone.find("#track-FELLOW").click();
            // a fellow without the residency's completion date
            phone.find("#institution").sendKeys("浙江大学医学院附属第一医院");
            date(phone, "startDate", start);
            date(phone, "endDate", start.plusMonths(4));
            phone.find("#mentorId").sendKeys(MENTOR);
            phone.find("#enroll").click();
            assertThat(phone.text("#track-problem")).startsWith("缺少资格证明");

            date(phone, "completedOn", start.minusYears(1));
            phone.find("#endDate").clear();
            date(phone, "endDate", start.plusMonths(9));
            phone.find("#enroll").click();
            assertThat(phone.text("#lengthReason-problem")).startsWith("非标准时长需要批准").contains("年");

            phone.find("#endDate").clear();
            date(phone, "endDate", start.plusMonths(4));
            phone.find("#mentorId").clear();
            phone.find("#mentorId").sendKeys("nobody-here");
            phone.find("#enroll").click();
            assertThat(phone.text("#mentorId-problem")).startsWith("系统中没有这位带教老师");
            assertThat(phone.text("#problem-summary")).contains("导师（带教老师的用户名）: 系统中没有这位带教老师");
            phone.screenshot("enroll-03-refused-zh");
        }
        assertThat(ledger.get("/api/trainees/F-2026-NEW/dashboard").status()).isEqualTo(404);
    }

    @Test
    void aFormThatCannotBeSentAsTypedIsRefusedBeforeTheLedgerAndFacultyCannotEnroll() {
        ledger.as("fac-enroll", "FACULTY");
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(COORDINATOR, RunningLedger.passwordOf(COORDINATOR));
            phone.open("/enrollments/new");
            phone.find("#traineeId").sendKeys("F 2026 bad");
            phone.find("#fullName").sendKeys("Ana Wu");
            phone.find("#startDate").sendKeys("x");
            phone.driver().executeScript("document.getElementById('enroll-form').noValidate = true;");
            phone.find("#enroll").click();
            assertThat(phone.text("#traineeId-problem")).startsWith("An id is 1 to 64 letters");
            assertThat(phone.text("#startDate-problem")).isEqualTo("This is needed.");
            assertThat(phone.text("#mentorId-problem")).isEqualTo("This is needed.");
            assertThat(phone.find("#fullName").getAttribute("value")).as("what was typed is kept").isEqualTo("Ana Wu");
            assertThat(phone.all("#problem-summary li")).as("id, first and last day, mentor").hasSize(4);
            assertThat(PageAccessibility.violations(phone)).isEmpty();
        }
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn("fac-enroll", RunningLedger.passwordOf("fac-enroll"));
            assertThat(phone.all("#open-enroll")).isEmpty();
            phone.open("/enrollments/new");
            assertThat(phone.text("h1")).isEqualTo("For the coordinator");
        }
    }

    @Test
    void theCoordinatorExtendsCompletesWithAWaiverAndWithdrawsEachRefusedFirstWhereTheRulesSaySo() {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-END-1")).status()).isEqualTo(201);
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-END-2")).status()).isEqualTo(201);
        ledger.awaitProjections();
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(COORDINATOR, RunningLedger.passwordOf(COORDINATOR));
            phone.open("/trainees/F-END-1");
            phone.find("#program-extend").click();
            phone.waitUntil(() -> phone.path().equals("/trainees/F-END-1/program/extend"));
            // not later than the present last day: refused next to the day
            date(phone, "newEndDate", Requests.END);
            phone.find("#reason").sendKeys("Parental leave");
            phone.find("#approvedBy").sendKeys(COORDINATOR);
            phone.find("#program-submit").click();
            assertThat(phone.text("#newEndDate-problem")).startsWith("Not later than the present last day");
            date(phone, "newEndDate", Requests.END.plusWeeks(3));
            phone.find("#program-submit").click();
            phone.waitUntil(() -> phone.path().startsWith("/trainees/F-END-1?program-extend"));
            assertThat(phone.text("#program-changed")).isEqualTo("The program is extended.");

            // no committee review yet: completion is refused until a waiver says why and who approved it
            phone.find("#program-complete").click();
            phone.find("#summary").sendKeys("Completed the rotation with distinction");
            phone.find("#program-submit").click();
            assertThat(phone.text("#waiverReason-problem")).startsWith("The program's requirements are not met");
            phone.screenshot("program-01-completion-refused");
            assertThat(PageAccessibility.violations(phone)).isEmpty();
            phone.find("#waiverReason").sendKeys("Committee met off-ledger during the move");
            phone.find("#waiverApprovedBy").sendKeys(COORDINATOR);
            phone.find("#program-submit").click();
            phone.waitUntil(() -> phone.path().startsWith("/trainees/F-END-1?program-complete"));
            assertThat(phone.all("#program-extend")).as("a closed program is not offered again").isEmpty();

            phone.open("/trainees/F-END-2/program/withdraw");
            phone.find("#reason").sendKeys("Moved to another hospital");
            phone.find("#program-submit").click();
            phone.waitUntil(() -> phone.path().startsWith("/trainees/F-END-2?program-withdraw"));
            phone.open("/trainees/F-END-2/program/withdraw");
            assertThat(phone.text("#closed")).startsWith("The program is closed already");
        }
        ledger.awaitProjections();
        assertThat(ledger.get("/api/trainees/F-END-1/transcript").body()).contains("ProgramExtended").contains("ProgramCompleted")
                .contains("Committee met off-ledger during the move");
        assertThat(ledger.get("/api/trainees/F-END-2/dashboard").json().get("status").asString()).isEqualTo("WITHDRAWN");
    }

    /** Types a date into a date input as Chromium takes it from the keyboard (month, day, year). */
    private static void date(PhoneBrowser phone, String id, LocalDate date) {
        phone.driver().executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }
}
