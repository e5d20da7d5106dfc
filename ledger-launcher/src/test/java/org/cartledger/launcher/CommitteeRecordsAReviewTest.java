package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The committee records its monthly review from the charts in a real headless Chromium: the review carries the
 * ledger position of the dashboard that was on screen (not what was recorded since), a second review of the month
 * is refused next to the month, and only the committee records one.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class CommitteeRecordsAReviewTest {

    private static final String TRAINEE = "F-REV-1";
    private static final String MEMBER = "committee-rev";
    private static TestDatabase database;
    private static RunningLedger ledger;

    @BeforeAll
    static void aTrainee() {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow(TRAINEE)).status()).isEqualTo(201);
        assertThat(ledger.post("/api/trainees/" + TRAINEE + "/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY")
                .status()).isEqualTo(201);
        ledger.as(MEMBER, "COMMITTEE");
        ledger.as("coord-rev", "COORDINATOR");
        ledger.awaitProjections();
    }

    @BeforeEach
    void theBrowserIsInstalled() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void theReviewIsBasedOnTheDashboardOnScreenAndRecordedOncePerMonth() {
        long onScreen = ledger.get("/api/trainees/" + TRAINEE + "/dashboard").json().get("ledgerPosition").asLong();
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            screen.signIn(MEMBER, RunningLedger.passwordOf(MEMBER));
            screen.open("/committee/trainees/" + TRAINEE);
            // recorded while the committee looks at the charts: not part of what the review is based on
            assertThat(ledger.post("/api/trainees/" + TRAINEE + "/attendance", Requests.attendance("MDT_TUMOR_BOARD", true),
                    "fac-wang", "FACULTY").status()).isEqualTo(201);
            screen.find("#open-review").click();
            screen.waitUntil(() -> screen.path().startsWith("/committee/trainees/" + TRAINEE + "/review"));
            assertThat(screen.text("#basis")).contains("ledger position " + onScreen);
            screen.find("#decision-ON_TRACK").click();
            screen.find("#autonomy-DIRECT_SUPERVISION").click();
            screen.find("#overallPerformance").sendKeys("Steady progress on the ward.\nPresents cases clearly.");
            screen.find("#adjustedGoals").sendKeys("Lead one tumor board case\nSign off CRS management again");
            screen.screenshot("review-01-form");
            assertThat(PageAccessibility.violations(screen)).isEmpty();
            screen.find("#record-review").click();
            screen.waitUntil(() -> screen.path().startsWith("/committee/trainees/" + TRAINEE + "?reviewed"));
            assertThat(screen.text("#reviewed")).isEqualTo("The review is recorded.");

            // the same month again: refused next to the month, in the page's words
            screen.find("#open-review").click();
            screen.find("#decision-NEEDS_FOCUSED_SUPPORT").click();
            screen.find("#autonomy-OBSERVATION_ONLY").click();
            screen.find("#record-review").click();
            assertThat(screen.text("#reviewMonth-refusal")).startsWith("This month is reviewed already");
            screen.screenshot("review-02-refused");
        }
        ledger.awaitProjections();
        JsonNode review = null;
        for (JsonNode entry : ledger.get("/api/trainees/" + TRAINEE + "/transcript").json().get("entries")) {
            if (entry.get("entryType").asString().equals("CommitteeReviewRecorded")) {
                assertThat(review).as("one review").isNull();
                review = entry;
            }
        }
        assertThat(review).isNotNull();
        assertThat(review.get("recorderId").asString()).isEqualTo(MEMBER);
        assertThat(review.get("recorderRole").asString()).isEqualTo("COMMITTEE");
        JsonNode last = ledger.get("/api/trainees/" + TRAINEE + "/dashboard").json().get("lastCommitteeReview");
        assertThat(last.get("decision").asString()).isEqualTo("ON_TRACK");
        // the stored entry, as an auditor reads it: the position on screen, the goals one per line, the notes as typed
        String stored = new EventStoreRows(database).queryString("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry "
                + "WHERE payload_type LIKE '%CommitteeReviewRecordedEvent'");
        assertThat(stored).contains("\"basedOnLedgerPosition\":" + onScreen)
                .contains("\"adjustedGoals\":[\"Lead one tumor board case\",\"Sign off CRS management again\"]")
                .contains("Steady progress on the ward.\\nPresents cases clearly.");
    }

    @Test
    void onlyTheCommitteeRecordsAReview() {
        try (PhoneBrowser screen = PhoneBrowser.wideScreen(ledger.baseUrl(), "en-US,en")) {
            screen.signIn("coord-rev", RunningLedger.passwordOf("coord-rev"));
            screen.open("/committee/trainees/" + TRAINEE);
            assertThat(screen.all("#open-review")).isEmpty();
            screen.open("/committee/trainees/" + TRAINEE + "/review");
            assertThat(screen.text("h1")).isEqualTo("For the competency committee");
        }
    }
}
