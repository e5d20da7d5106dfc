package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page of the web app, on a phone and in both languages, as axe-core judges it against WCAG 2.1
 * AA: the pages as a new faculty member, an administrator, a trainee and an auditor without an account
 * see them, including with a refusal shown, since a refusal is when a person most needs to read the page.
 * Each page's server time (its Server-Timing header) is written to target/page-timings.csv.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class PagesAreAccessibleTest {

    private static final String FACULTY = "fac-axe";
    private static final String TRAINEE = "F-AXE-1";
    private static final String OTHER_TRAINEE = "F-AXE-2";

    private static RunningLedger ledger;

    @BeforeAll
    static void aCohort() {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow(TRAINEE)).status()).isEqualTo(201);
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow(OTHER_TRAINEE)).status()).isEqualTo(201);
        ledger.as(FACULTY, "FACULTY");
        assertThat(ledger.post("/api/trainees/" + TRAINEE + "/skills", Requests.skill("CRS_MANAGEMENT"), FACULTY, "FACULTY")
                .status()).isEqualTo(201);
        ledger.asTrainee("trainee-axe", TRAINEE);
        ledger.awaitProjections();
    }

    @BeforeEach
    void theBrowserIsInstalled() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void facultyPagesInEnglishAndChinese() {
        for (String language : List.of("en-US,en", "zh-CN,zh")) {
            List<String> found = new ArrayList<>();
            try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), language)) {
                phone.open("/sign-in");
                found.addAll(checked(phone));
                phone.signIn(FACULTY, RunningLedger.passwordOf(FACULTY));
                phone.find("#trainee-list");
                found.addAll(checked(phone));
                phone.open("/trainees/" + TRAINEE);
                phone.find("#skills-count");
                found.addAll(checked(phone));
                // the sign-off form in place, then on a page of its own
                phone.find("#skill-TUMOR_STAGING a.skill").click();
                phone.find("#confirm-sign-off");
                found.addAll(PageAccessibility.violations(phone));
                phone.open("/trainees/" + TRAINEE + "/skills/TUMOR_STAGING");
                phone.find("#confirm-sign-off");
                found.addAll(checked(phone));
                phone.open("/account/password");
                phone.find("#current").sendKeys("not the password");
                phone.find("#password").sendKeys("a new password 1");
                phone.find("#repeat").sendKeys("a new password 1");
                phone.find("#change-password").click();
                phone.find("#current-problem");
                found.addAll(checked(phone));
                phone.open("/admin/users");
                phone.find("h1");
                found.addAll(checked(phone));
            }
            assertThat(found).as(language).isEmpty();
        }
    }

    @Test
    void administratorTraineeAndAuditorPages() {
        List<String> found = new ArrayList<>();
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "zh-CN,zh")) {
            phone.signIn(RunningLedger.ADMIN, RunningLedger.passwordOf(RunningLedger.ADMIN));
            phone.waitUntil(() -> phone.path().startsWith("/admin/users"));
            found.addAll(checked(phone));
            // a refused new account: the problem next to its field
            phone.find("#new-account summary").click();
            phone.find("#new-id").sendKeys("bad id");
            phone.find("#new-password").sendKeys("first password 1");
            phone.find("#new-role-FACULTY").click();
            phone.find("#create-account").click();
            phone.find("#new-id-problem");
            found.addAll(checked(phone));
        }
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn("trainee-axe", RunningLedger.passwordOf("trainee-axe"));
            phone.find("#skills-count");
            found.addAll(checked(phone));
            phone.open("/trainees/" + OTHER_TRAINEE);
            phone.find("#why");
            found.addAll(checked(phone));
        }
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.open("/verify");
            phone.find("#bundle-file").sendKeys(notABundle());
            phone.find("#verify").click();
            phone.find("#verdict-line");
            found.addAll(checked(phone));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void committeePagesOnAProjectorInBothLanguages() {
        ledger.as("committee-axe", "COMMITTEE");
        for (String language : List.of("en-US,en", "zh-CN,zh")) {
            List<String> found = new ArrayList<>();
            try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), language)) {
                screen.signIn("committee-axe", RunningLedger.passwordOf("committee-axe"));
                screen.waitUntil(() -> screen.path().equals("/committee"));
                found.addAll(checked(screen));
                screen.open("/committee/trainees/" + TRAINEE);
                screen.waitUntil(() -> !screen.all("figure[data-chart][data-drawn=true]").isEmpty());
                found.addAll(checked(screen));
                screen.open("/committee/trainees/" + TRAINEE + "/as-it-stood?on=" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
                screen.find("h1");
                found.addAll(checked(screen));
            }
            assertThat(found).as(language).isEmpty();
        }
    }

    /** The page's accessibility, and the server's time for it (when the page was a navigation, not an htmx part). */
    private static List<String> checked(PhoneBrowser phone) {
        PageTimings.record(phone, phone.path().replaceAll("[?#].*", ""));
        return PageAccessibility.violations(phone);
    }

    @Test
    void theCheckFindsWhatBreaksTheRules() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.open("/sign-in");
            // an image without a text alternative and a button without a name: what the check is for
            phone.driver().executeScript("""
                    document.querySelector('main').insertAdjacentHTML('beforeend',
                        '<img src="/assets/none.png"><button type="button"></button>');""");
            assertThat(PageAccessibility.violations(phone)).anySatisfy(line -> assertThat(line).startsWith("image-alt"))
                    .anySatisfy(line -> assertThat(line).startsWith("button-name"));
        }
    }

    private static String notABundle() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("not-a-bundle", ".json");
            java.nio.file.Files.writeString(file, "{}");
            file.toFile().deleteOnExit();
            return file.toAbsolutePath().toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
