package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.identityprovider.TestIdentityProvider;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * The pages where the ledger takes the hospital's tokens (production): people sign in through a real
 * OpenID Connect provider ({@link TestIdentityProvider}, Spring's authorization server in this JVM) with
 * the authorization code flow and PKCE, in a real headless Chromium; their roles and trainee id come from
 * the same claims as the API's. Faculty see "My trainees" and sign off; a trainee's claim keeps them to
 * their own record; someone without a roles claim sees nothing; signing out ends the session here and at
 * the provider; the API takes the provider's bearer tokens and refuses a page session.
 */
class OidcPageSignInTest {

    private static final String FACULTY = "fac-wang";
    private static final String TRAINEE_USER = "trainee-zhou";
    private static final String NO_ROLES = "visitor-qian";
    private static final String ADMIN = "admin-he";
    private static final String OWN = "F-OIDC-1";
    private static final String OTHER = "F-OIDC-2";
    private static final String MENTORED = "F-OIDC-3";
    private static final String COORDINATOR_TOOL = "coordinator-tool";
    private static final String AUDITOR_TOOL = "auditor-tool";

    private static TestIdentityProvider provider;
    private static TestDatabase database;
    private static RunningLedger ledger;

    @BeforeAll
    static void start() {
        provider = new TestIdentityProvider(List.of(
                new TestIdentityProvider.Person(FACULTY, List.of("FACULTY"), null),
                new TestIdentityProvider.Person(TRAINEE_USER, List.of("TRAINEE"), OWN),
                new TestIdentityProvider.Person(NO_ROLES, List.of(), null),
                new TestIdentityProvider.Person(ADMIN, List.of("ADMIN"), null)),
                Map.of(COORDINATOR_TOOL, List.of("COORDINATOR"), AUDITOR_TOOL, List.of("AUDITOR")));
        database = TestDatabase.create();
        Map<String, Object> properties = new HashMap<>(database.springProperties());
        properties.putAll(provider.ledgerProperties());
        ledger = RunningLedger.start(properties);
        provider.registerPagesAt(ledger.baseUrl());
        enroll(OWN, "周晓雨", null);
        enroll(OTHER, "Dr. Anna Lee", null);
        awaitProjections();
    }

    @AfterAll
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
        if (database != null) {
            database.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @BeforeEach
    void theBrowserIsInstalled() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void facultySignInThroughTheProviderSeeMyTraineesAndSignOff() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.open("/");
            phone.waitUntil(() -> phone.path().startsWith("/sign-in"));
            assertThat(phone.text("#sign-in-with-" + TestIdentityProvider.REGISTRATION)).isEqualTo("Sign in with " + TestIdentityProvider.NAME);
            assertThat(phone.all("#password")).as("no password form: the provider keeps the accounts").isEmpty();
            assertThat(phone.text("#accounts-elsewhere")).contains("kept by the hospital's sign-in service");
            phone.screenshot("oidc-01-sign-in");

            // the provider requires a code challenge of this client, so getting through at all shows PKCE was used
            signInAtTheProvider(phone, FACULTY);
            assertThat(phone.text("h1")).isEqualTo("My trainees");
            assertThat(phone.text("#trainee-list")).contains(OWN, OTHER);
            assertThat(phone.text("#sign-out")).contains(FACULTY);
            assertThat(phone.all("#nav-password")).as("the provider keeps passwords").isEmpty();
            assertThat(phone.all("#nav-users")).isEmpty();
            phone.screenshot("oidc-02-my-trainees");

            // signing in to the pages made fac-wang known as faculty, so an enrollment may name them as mentor
            enroll(MENTORED, "王小明", FACULTY);
            awaitProjections();
            phone.open("/");
            assertThat(phone.text("#trainee-list section:first-of-type")).contains(MENTORED);

            phone.find("#trainee-" + MENTORED).click();
            phone.waitUntil(() -> phone.path().equals("/trainees/" + MENTORED));
            phone.find("#skill-CRS_MANAGEMENT a.skill").click();
            phone.find("#slot-CRS_MANAGEMENT #confirm-sign-off").click();
            phone.waitUntil(() -> phone.path().startsWith("/trainees/" + MENTORED + "?signed-off=CRS_MANAGEMENT"));
            phone.screenshot("oidc-03-signed-off");
        }
        awaitProjections();
        JsonNode transcript = auditor().get("/api/trainees/" + MENTORED + "/transcript").json();
        JsonNode signOff = null;
        for (JsonNode entry : transcript.get("entries")) {
            if ("SkillSignedOff".equals(entry.get("entryType").asString())) {
                signOff = entry;
            }
        }
        assertThat(signOff).as(transcript.toString()).isNotNull();
        assertThat(signOff.get("recorderId").asString()).isEqualTo(FACULTY);
        assertThat(signOff.get("recorderRole").asString()).isEqualTo("FACULTY");
    }

    @Test
    void aTraineesClaimKeepsThemToTheirOwnRecord() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            signInAtTheProvider(phone, TRAINEE_USER);
            phone.waitUntil(() -> phone.path().equals("/trainees/" + OWN));
            assertThat(phone.text("h1")).contains("周晓雨");
            assertThat(phone.all("a.skill")).as("a trainee signs off nothing").isEmpty();

            phone.open("/trainees/" + OTHER);
            assertThat(phone.text("h1")).isEqualTo("Not your record");
            assertThat(phone.driver().getPageSource()).doesNotContain("Anna Lee");
            phone.screenshot("oidc-04-not-your-record");
        }
    }

    @Test
    void someoneWithoutARolesClaimSeesNothing() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            signInAtTheProvider(phone, NO_ROLES);
            assertThat(phone.text("h1")).isEqualTo("Nothing here for your role yet");
            assertThat(phone.text("#why")).contains("the hospital's sign-in service gave you none of their roles");
            phone.screenshot("oidc-05-nothing-here");

            phone.open("/trainees/" + OWN);
            assertThat(phone.text("h1")).isEqualTo("Not your record");
            assertThat(phone.driver().getPageSource()).doesNotContain("周晓雨");
        }
    }

    @Test
    void anAdministratorIsToldThatTheProviderKeepsTheAccounts() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            signInAtTheProvider(phone, ADMIN);
            assertThat(phone.path()).doesNotStartWith("/admin/users");
            assertThat(phone.text("#why")).contains("the hospital's sign-in service keeps them");
            assertThat(phone.all("#nav-users")).isEmpty();
        }
    }

    @Test
    void thePasswordPagesAreNotServedWhereTheProviderKeepsTheAccounts() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            signInAtTheProvider(phone, FACULTY);
            phone.open("/account/password");
            assertThat(phone.all("#password-form")).isEmpty();
            phone.open("/admin/users");
            assertThat(phone.driver().findElements(By.cssSelector("form[action$='/admin/users']"))).isEmpty();
        }
        // and no password sign-in either: the sign-in page has no password to type
        assertThat(ledger.anonymous().get("/sign-in", "text/html").body()).doesNotContain("type=\"password\"")
                .contains("/oauth2/authorization/" + TestIdentityProvider.REGISTRATION);
    }

    @Test
    void signingOutEndsTheSessionHereAndAtTheProvider() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            signInAtTheProvider(phone, FACULTY);
            String session = phone.driver().manage().getCookieNamed("JSESSIONID").getValue();

            phone.find("#sign-out").click();
            // by way of the provider's end-session endpoint, back to the sign-in page
            phone.waitUntil(() -> phone.driver().getCurrentUrl().startsWith(ledger.baseUrl() + "/sign-in"));
            assertThat(phone.text("main")).contains("You have signed out.");
            phone.screenshot("oidc-06-signed-out");

            RunningLedger.Response withTheOldCookie = ledger.anonymous().send("GET", "/", null, "Cookie", "JSESSIONID=" + session);
            assertThat(withTheOldCookie.status()).isEqualTo(302);
            assertThat(withTheOldCookie.header("Location")).contains("/sign-in");

            // the provider's session ended too: signing in again asks for the password again
            phone.find("#sign-in-with-" + TestIdentityProvider.REGISTRATION).click();
            phone.waitUntil(() -> phone.driver().getCurrentUrl().startsWith(provider.issuer() + "/login"));
            assertThat(phone.find("#password").isDisplayed()).isTrue();
        }
    }

    @Test
    void theApiTakesTheProvidersBearerTokensAndRefusesAPageSession() {
        RunningLedger.Response me = auditor().get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("id").asString()).isEqualTo(AUDITOR_TOOL);
        assertThat(me.header("Set-Cookie")).as("no session for the API").isNull();

        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            signInAtTheProvider(phone, FACULTY);
            String session = phone.driver().manage().getCookieNamed("JSESSIONID").getValue();
            RunningLedger.Response api = ledger.anonymous().send("GET", "/api/trainees/" + OWN + "/dashboard", null,
                    "Cookie", "JSESSIONID=" + session);
            assertThat(api.status()).isEqualTo(401);
            assertThat(api.contentType()).isEqualTo("application/problem+json");
            // while the same session still opens the pages
            RunningLedger.Response page = ledger.anonymous().send("GET", "/trainees/" + OWN, null, "Cookie", "JSESSIONID=" + session);
            assertThat(page.status()).isEqualTo(200);
        }
    }

    /** From the ledger's sign-in page to the provider's, signing in there as a person would, and back. */
    private static void signInAtTheProvider(PhoneBrowser phone, String username) {
        phone.open("/sign-in");
        phone.find("#sign-in-with-" + TestIdentityProvider.REGISTRATION).click();
        phone.waitUntil(() -> phone.driver().getCurrentUrl().startsWith(provider.issuer() + "/login"));
        phone.find("#username").sendKeys(username);
        phone.find("#password").sendKeys(TestIdentityProvider.passwordOf(username));
        phone.find("button[type=submit]").click();
        phone.waitUntil(() -> phone.driver().getCurrentUrl().startsWith(ledger.baseUrl())
                && !phone.driver().getCurrentUrl().contains("/sign-in"));
    }

    private static RunningLedger.Caller auditor() {
        return ledger.withAuthorization("Bearer " + provider.toolToken(AUDITOR_TOOL));
    }

    private static void enroll(String traineeId, String fullName, String mentorId) {
        String body = """
                {"traineeId":"%s","fullName":"%s","track":"FELLOW",
                 "eligibility":{"institution":"Zhejiang University School of Medicine","completedOn":"%s"},
                 "startDate":"%s","endDate":"%s"%s}"""
                .formatted(traineeId, fullName, Requests.START.minusMonths(6), Requests.START, Requests.START.plusMonths(4),
                        mentorId == null ? "" : ",\"mentorId\":\"" + mentorId + "\"");
        RunningLedger.Response enrolled = ledger.withAuthorization("Bearer " + provider.toolToken(COORDINATOR_TOOL))
                .post("/api/trainees", body);
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
    }

    private static void awaitProjections() {
        RunningLedger.Caller auditor = auditor();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            boolean caughtUp = true;
            for (JsonNode status : auditor.get("/api/admin/projections").json()) {
                caughtUp &= status.get("caughtUp").asBoolean();
            }
            if (caughtUp) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Read models did not catch up");
    }
}
