package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartledger.query.processing.Generations;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rebuild is built beside the view being served: a reader polling while it runs sees the view from
 * before (saying it is being rebuilt) and then the rebuilt one, never a partial one, and the rebuilt one
 * equals the one before. Its progress shows while it runs.
 * <p>Each rebuild is held at its first entry ({@link HeldRebuild}) while the readers are checked: these tests
 * used to hope that a rebuild lasted long enough to be met, and once the dashboard was made faster to rebuild,
 * one of them sometimes finished before the first poll.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
// one event per transaction: a rebuild of these few hundred entries then lasts long enough for a reader to meet it
// (in batches of a hundred it is over before the next request); what a reader sees does not depend on the batch
@LedgerProperties("ledger.processing.batch-size=1")
class RebuildBehindTheScenesTest {

    private static RunningLedger ledger;
    private static TestDatabase database;
    private static final List<String> TRAINEES = List.of("F-GEN-1", "F-GEN-2", "F-GEN-3");
    private static final Map<String, JsonNode> before = new LinkedHashMap<>();

    @BeforeAll
    static void aFewHundredEntries() {
        for (String trainee : TRAINEES) {
            assertThat(ledger.post("/api/trainees", Requests.enrollFellow(trainee)).status()).isEqualTo(201);
            for (int i = 0; i < 70; i++) {
                RunningLedger.Response recorded = ledger.post("/api/trainees/" + trainee + "/attendance",
                        Requests.attendance(i % 2 == 0 ? "MDT_TUMOR_BOARD" : "JOURNAL_CLUB", i % 4 == 0), "fac-wang", "FACULTY");
                assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
            }
        }
    }

    @Test
    void readersPollingDuringARebuildSeeTheWholeViewFromBeforeAndThenTheSameWholeViewRebuilt() throws SQLException {
        // the views as they stand when this test begins (another test may have enrolled someone)
        ledger.awaitProjections();
        for (String path : views()) {
            before.put(path, ledger.get(path).json());
        }
        int sawRebuilding = 0;
        for (String readModel : List.of("dashboard", "cohort", "transcript")) {
            try (HeldRebuild held = HeldRebuild.atItsFirstEntry(database, readModel)) {
                RunningLedger.Response started = ledger.asAdmin().post("/api/admin/projections/" + readModel + "/rebuild", "");
                assertThat(started.status()).isEqualTo(202);
                JsonNode progress = started.json().get("rebuild");
                assertThat(progress.isObject()).as(started.body()).isTrue();
                assertThat(progress.get("head").asLong()).isGreaterThanOrEqualTo(210);
                assertThat(progress.has("eventsPerSecond")).isTrue();
                assertThat(progress.has("secondsLeft")).isTrue();
                for (int round = 0; round < 3; round++) {
                    assertThat(caughtUp(readModel)).as("%s while its rebuild is held", readModel).isFalse();
                    for (String path : views()) {
                        JsonNode view = ledger.get(path).json();
                        if (isRebuilding(view)) {
                            sawRebuilding++;
                        }
                        assertThat(withoutStale(view)).as("%s while the %s rebuild is held", path, readModel)
                                .isEqualTo(withoutStale(before.get(path)));
                    }
                }
            }
            int polls = 0;
            while (!caughtUp(readModel)) {
                for (String path : views()) {
                    JsonNode view = ledger.get(path).json();
                    polls++;
                    if (isRebuilding(view)) {
                        sawRebuilding++;
                    }
                    assertThat(withoutStale(view)).as("%s during the %s rebuild", path, readModel)
                            .isEqualTo(withoutStale(before.get(path)));
                }
                assertThat(polls).as("the rebuild of %s ends", readModel).isLessThan(5_000);
            }
            for (String path : views()) {
                assertThat(ledger.get(path).json()).as(path + " once rebuilt").isEqualTo(before.get(path));
            }
        }
        assertThat(sawRebuilding).as("readers were told a rebuild was running while it ran").isPositive();
    }

    /**
     * A trainee enrolled while a rebuild runs is in the generation being built, not in the one served: until the
     * swap their dashboard and transcript say so (503 view-unavailable, stale.reason rebuilding). They used to be
     * answered 404 trainee-not-found, as though the enrollment just recorded had never happened.
     */
    @Test
    void aTraineeEnrolledDuringARebuildIsNeverAnsweredNotFound() throws SQLException {
        ledger.awaitProjections();
        for (String readModel : List.of("dashboard", "transcript")) {
            String trainee = "F-GEN-NEW-" + readModel.charAt(0);
            String path = "/api/trainees/" + trainee + "/" + readModel;
            List<String> notFound = new ArrayList<>();
            int toldRebuilding = 0;
            try (HeldRebuild held = HeldRebuild.atItsFirstEntry(database, readModel)) {
                assertThat(ledger.asAdmin().post("/api/admin/projections/" + readModel + "/rebuild", "").status()).isEqualTo(202);
                assertThat(ledger.post("/api/trainees", Requests.enrollFellow(trainee)).status()).isEqualTo(201);
                for (int poll = 0; poll < 3; poll++) {
                    RunningLedger.Response view = ledger.get(path);
                    assertThat(view.status()).as("%s while the %s rebuild is held: %s", path, readModel, view).isEqualTo(503);
                    toldRebuilding += toldRebuilding(view) ? 1 : 0;
                }
            }
            int polls = 0;
            while (!caughtUp(readModel)) {
                RunningLedger.Response view = ledger.get(path);
                if (view.status() == 503) {
                    toldRebuilding += toldRebuilding(view) ? 1 : 0;
                } else if (view.status() != 200) {
                    notFound.add(view.toString());
                }
                assertThat(++polls).as("the rebuild of %s ends", readModel).isLessThan(5_000);
            }

            assertThat(notFound).as("%s answers while the %s rebuild ran", path, readModel).isEmpty();
            assertThat(toldRebuilding).as("%s was asked for while the rebuild ran", path).isPositive();
            assertThat(ledger.get(path).status()).isEqualTo(200);
            assertThat(ledger.get("/api/trainees/F-GEN-NEVER/" + readModel).status()).isEqualTo(404);
        }
    }

    /** A 503 that says why: the view is being rebuilt (asserted, so a 503 for another reason fails the test). */
    private static boolean toldRebuilding(RunningLedger.Response view) {
        assertThat(view.contentType()).startsWith("application/problem+json");
        assertThat(view.json().get("rule").asString()).isEqualTo("view-unavailable");
        assertThat(view.json().get("stale").get("reason").asString()).isEqualTo("rebuilding");
        return true;
    }

    private static boolean caughtUp(String readModel) {
        for (JsonNode status : ledger.get("/api/admin/projections").json()) {
            if (status.get("name").asString().equals(readModel)) {
                return status.get("caughtUp").asBoolean();
            }
        }
        throw new AssertionError("no status for " + readModel);
    }

    private static boolean isRebuilding(JsonNode view) {
        List<JsonNode> stale = new ArrayList<>(view.findValues("stale"));
        return stale.stream().anyMatch(s -> s.isObject() && "rebuilding".equals(s.get("reason").asString()));
    }

    /** The view's content: the staleness, which says a rebuild is running, taken out of the comparison. */
    private static JsonNode withoutStale(JsonNode view) {
        JsonNode copy = view.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("stale");
        }
        node.forEach(RebuildBehindTheScenesTest::strip);
    }

    /**
     * Holds a rebuild at its first entry until closed: an uncommitted row of the generation about to be built,
     * under the key the rebuild's first write takes, makes that write wait for this transaction, which then
     * rolls back. F-GEN-1's enrollment is the first entry of this class's ledger.
     */
    private static final class HeldRebuild implements AutoCloseable {

        private final Connection connection;

        private HeldRebuild(Connection connection) {
            this.connection = connection;
        }

        static HeldRebuild atItsFirstEntry(TestDatabase database, String readModel) throws SQLException {
            String next = "(select serving + 1 from read_model_generation where read_model = '" + readModel + "')";
            String row = switch (readModel) {
                case "dashboard" -> "insert into trainee_dashboard (generation, trainee_id, state, ledger_position)"
                        + " values (" + next + ", 'F-GEN-1', '{}', 0)";
                case "cohort" -> "insert into cohort_member (generation, trainee_id, full_name, track, status, start_date,"
                        + " end_date, enrolled_at) values (" + next + ", 'F-GEN-1', 'held', 'FELLOW', 'ENROLLED',"
                        + " current_date, current_date, now())";
                case "transcript" -> "insert into transcript_entry (generation, entry_id, trainee_id, ledger_position, entry_type,"
                        + " occurred_at, recorded_at, summary) select " + next + ", entry_id, trainee_id, ledger_position,"
                        + " entry_type, occurred_at, recorded_at, summary from transcript_entry t "
                        + Generations.served("transcript", "t") + " order by ledger_position limit 1";
                default -> throw new IllegalArgumentException(readModel);
            };
            Connection connection = database.connect();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                assertThat(statement.executeUpdate(row)).as(row).isEqualTo(1);
            }
            return new HeldRebuild(connection);
        }

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    private static List<String> views() {
        List<String> paths = new ArrayList<>();
        for (String trainee : TRAINEES) {
            paths.add("/api/trainees/" + trainee + "/dashboard");
            paths.add("/api/trainees/" + trainee + "/transcript");
        }
        paths.add("/api/cohort");
        return paths;
    }
}
