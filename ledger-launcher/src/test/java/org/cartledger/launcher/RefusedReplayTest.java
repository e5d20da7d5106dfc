package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every replay that cannot be given, over HTTP: the status, {@code application/problem+json}, the rule
 * or the parameter named, and not one event more in the store than before the request.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class RefusedReplayTest {

    private static final String T = "/api/trainees/F-REPLAY-REF";
    private static RunningLedger ledger;
    private static EventStoreRows store;
    private static long enrollmentPosition;
    private static String skill;

    @BeforeAll
    static void start() {
        // someone else's entries first, so that the trainee's record starts further into the ledger
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-REPLAY-OTHER")).status()).isEqualTo(201);
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-REPLAY-REF")).status()).isEqualTo(201);
        enrollmentPosition = store.queryLong("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = 'F-REPLAY-REF'");
        RunningLedger.Response logged = ledger.post(T + "/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
        skill = logged.json().get("entryId").asString();
    }

    /** path and query, expected status, the rule (or for a 400 with errors, the parameter) the answer must name */
    static Stream<Arguments> refusals() {
        return Stream.of(
                // no cut, or more than one
                Arguments.of(T + "/dashboard/as-of", 400, "exactly-one-cut"),
                Arguments.of(T + "/dashboard/as-of?recordedAt=2026-01-01T00:00:00Z&position=3", 400, "exactly-one-cut"),
                Arguments.of(T + "/dashboard/as-of?position=3&occurredOn=2026-01-01", 400, "exactly-one-cut"),
                Arguments.of(T + "/dashboard/as-of?recordedAt=2026-01-01T00:00:00Z&position=3&occurredOn=2026-01-01", 400,
                        "exactly-one-cut"),
                // a cut that is not one
                Arguments.of(T + "/dashboard/as-of?recordedAt=yesterday", 400, "recordedAt"),
                Arguments.of(T + "/dashboard/as-of?position=latest", 400, "position"),
                Arguments.of(T + "/dashboard/as-of?position=-1", 400, "position"),
                Arguments.of(T + "/dashboard/as-of?occurredOn=14.03.2026", 400, "occurredOn"),
                // no such trainee, or no record yet at the cut
                Arguments.of("/api/trainees/NOBODY/dashboard/as-of?position=1", 404, "trainee-not-found"),
                Arguments.of(T + "/dashboard/as-of?recordedAt=2000-01-01T00:00:00Z", 404, "cut-before-enrollment"),
                Arguments.of(T + "/dashboard/as-of?occurredOn=" + Requests.START.minusMonths(3), 404, "cut-before-enrollment"),
                // a cut the ledger has not reached
                Arguments.of(T + "/dashboard/as-of?recordedAt=2999-01-01T00:00:00Z", 422, "cut-in-the-future"),
                Arguments.of(T + "/dashboard/as-of?position=" + Long.MAX_VALUE, 422, "cut-in-the-future"),
                Arguments.of(T + "/dashboard/as-of?occurredOn=2999-01-01", 422, "cut-in-the-future"),
                // history pages
                Arguments.of(T + "/history?size=0", 400, "size"),
                Arguments.of(T + "/history?size=501", 400, "size"),
                Arguments.of(T + "/history?page=-1", 400, "page"),
                Arguments.of(T + "/history?size=many", 400, "size"),
                Arguments.of(T + "/history?order=sideways", 400, "unknown-history-order"),
                Arguments.of("/api/trainees/NOBODY/history", 404, "trainee-not-found"),
                // reproductions
                Arguments.of("/api/trainees/NOBODY/committee-reviews/any/reproduction", 404, "trainee-not-found"),
                Arguments.of(T + "/committee-reviews/no-such-review/reproduction", 404, "committee-review-not-found"));
    }

    @ParameterizedTest(name = "GET {0} -> {1} {2}")
    @MethodSource("refusals")
    void isRefusedWithAProblemThatNamesTheRuleOrParameterAndStoresNothing(String pathAndQuery, int status, String named) {
        assertRefused(pathAndQuery, status, named);
    }

    @Test
    void aCutJustBeforeTheEnrollmentHasNoRecord() {
        JsonNode problem = assertRefused(T + "/dashboard/as-of?position=" + (enrollmentPosition - 1), 404, "cut-before-enrollment");

        assertThat(problem.get("detail").asString())
                .contains("F-REPLAY-REF", "position=" + (enrollmentPosition - 1), "ledger position " + enrollmentPosition);
    }

    @Test
    void anEntryThatIsNotACommitteeReviewHasNoReproduction() {
        assertRefused(T + "/committee-reviews/" + skill + "/reproduction", 404, "committee-review-not-found");
    }

    @Test
    void aReviewBasedOnANegativeLedgerPositionIsRefusedAtTheEdgeAndNothingIsStored() {
        long eventsBefore = store.count();

        RunningLedger.Response response = ledger.post(T + "/committee-reviews",
                ReplayRequests.committeeReview(YearMonth.from(Requests.START).toString(), -1L), "ccc-chair", "COMMITTEE");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("basedOnLedgerPosition");
        assertThat(store.count()).isEqualTo(eventsBefore);
    }

    private static JsonNode assertRefused(String pathAndQuery, int status, String named) {
        long eventsBefore = store.count();

        RunningLedger.Response response = ledger.get(pathAndQuery);

        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        if (problem.has("errors")) {
            assertThat(problem.get("errors")).extracting(e -> e.get("field").asString()).contains(named);
        } else {
            assertThat(problem.get("rule").asString()).isEqualTo(named);
        }
        if ("exactly-one-cut".equals(named)) {
            assertThat(problem.get("detail").asString()).contains("recordedAt", "position", "occurredOn");
        }
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        assertThat(store.count()).as("events stored by a refused replay").isEqualTo(eventsBefore);
        return problem;
    }
}
