package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.cartledger.proof.Hashes;
import org.cartledger.proof.MerkleTree;
import static org.cartledger.launcher.DashboardAsOfReplayTest.withoutTheDayOfAsking;
import static org.cartledger.launcher.ReplayRequests.attendanceOn;
import static org.cartledger.launcher.ReplayRequests.committeeReview;
import static org.cartledger.launcher.ReplayRequests.correction;
import static org.cartledger.launcher.ReplayRequests.skillOn;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.MerkleTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A past committee meeting reproduced: the review records the ledger position of the dashboard the
 * committee looked at, and the reproduction shows that dashboard next to today's, with what was
 * recorded and corrected since.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class CommitteeReviewReplayTest {

    private static final LocalDate START = Requests.START;
    private static final String MONTH = YearMonth.from(START).toString();
    private static RunningLedger ledger;
    private static EventStoreRows store;

    @Test
    void theReproductionOfAPastReviewEqualsTheDashboardItWasBasedOnAndListsWhatWasRecordedAndCorrectedSince() {
        String t = "/api/trainees/F-CCC-1";
        enroll("F-CCC-1");
        String rounds = record(t + "/attendance", attendanceOn("DAILY_CLINICAL_ROUNDS", START.plusDays(1)));
        String crs = record(t + "/skills", skillOn("CRS_MANAGEMENT", START.plusDays(2)));
        record(t + "/rotation-evaluations", Requests.rotationEvaluation(2));
        ledger.awaitProjections();
        JsonNode lookedAt = ledger.get(t + "/dashboard").json();
        long basis = lookedAt.get("ledgerPosition").asLong();
        JsonNode headAtMeeting = ledger.asAdmin().post("/api/ledger/tree-heads", "").json();

        // recorded while the committee met, and so not on the dashboard it looked at
        String staging = record(t + "/skills", skillOn("TUMOR_STAGING", START.plusDays(3)));
        String roundsCorrected = record(t + "/corrections", correction(rounds, "Logged against the wrong trainee"));
        String review = record(t + "/committee-reviews", committeeReview(MONTH, basis), "ccc-chair", "COMMITTEE");
        // recorded after the meeting
        String board = record(t + "/attendance", attendanceOn("MDT_TUMOR_BOARD", START.plusDays(4)));
        String crsCorrected = record(t + "/corrections", correction(crs, "Signed off for the wrong skill"));
        String boardCorrected = record(t + "/corrections", correction(board, "Duplicate"));

        JsonNode reproduction = reproduction(t, review);

        JsonNode meeting = reproduction.get("review");
        assertThat(meeting.get("entryId").asString()).isEqualTo(review);
        assertThat(meeting.get("reviewMonth").asString()).isEqualTo(MONTH);
        assertThat(meeting.get("decision").asString()).isEqualTo("ON_TRACK");
        assertThat(meeting.get("autonomyGranted").asString()).isEqualTo("INDIRECT_SUPERVISION");
        assertThat(meeting.get("ledgerPosition").asLong()).isEqualTo(positionOf(review));
        assertThat(meeting.get("recordedAt").asString()).isNotBlank();
        assertThat(meeting.get("statedBasis").asLong()).isEqualTo(basis);
        assertThat(meeting.get("basedOnLedgerPosition").asLong()).isEqualTo(basis);

        JsonNode asReviewed = reproduction.get("asReviewed");
        assertThat(asReviewed).isEqualTo(ledger.get(t + "/dashboard/as-of?position=" + basis).json());
        assertThat(withoutTheDayOfAsking(asReviewed)).isEqualTo(withoutTheDayOfAsking(lookedAt));

        ledger.awaitProjections();
        JsonNode liveNow = ledger.get(t + "/dashboard").json();
        assertThat(withoutTheDayOfAsking(reproduction.get("today"))).isEqualTo(withoutTheDayOfAsking(liveNow));
        assertThat(reproduction.get("today").get("entriesCorrected").asInt()).isEqualTo(3);

        assertThat(ids(reproduction.get("recordedSince"), "entryId"))
                .containsExactly(staging, roundsCorrected, review, board, crsCorrected, boardCorrected);
        assertThat(ids(reproduction.get("recordedSince"), "ledgerPosition"))
                .containsExactly(positionOf(staging), positionOf(roundsCorrected), positionOf(review), positionOf(board),
                        positionOf(crsCorrected), positionOf(boardCorrected));
        JsonNode first = reproduction.get("recordedSince").get(0);
        assertThat(first.get("entryType").asString()).isEqualTo("SkillSignedOff");
        assertThat(first.get("occurredAt").asString()).isNotBlank();
        assertThat(first.get("recordedAt").asString()).isNotBlank();
        assertThat(flags(reproduction.get("recordedSince"))).as("corrects an entry the committee saw")
                .containsExactly(false, true, false, false, true, false);

        JsonNode correctedSince = reproduction.get("correctedSince");
        assertThat(ids(correctedSince, "entryId")).containsExactly(rounds, crs);
        assertThat(ids(correctedSince, "correctionEntryId")).containsExactly(roundsCorrected, crsCorrected);
        assertThat(ids(correctedSince, "reason"))
                .containsExactly("Logged against the wrong trainee", "Signed off for the wrong skill");

        // the signed commitment to what the committee saw, against which each of those entries proves
        assertThat(reproduction.get("treeHead")).isEqualTo(headAtMeeting);
        JsonNode proof = ledger.get("/api/ledger/proofs/inclusion?entryId=" + crs + "&treeSize="
                + headAtMeeting.get("treeSize").asLong()).json();
        assertThat(MerkleTree.verifyInclusion(proof.get("leafIndex").asLong(), proof.get("treeSize").asLong(),
                Hashes.unhex(proof.get("leafHash").asString()),
                proof.get("auditPath").valueStream().map(node -> Hashes.unhex(node.asString())).toList(),
                Hashes.unhex(headAtMeeting.get("rootHash").asString()))).isTrue();
    }

    @Test
    void aReviewThatNamesNoBasisIsBasedOnEverythingRecordedBeforeIt() {
        String t = "/api/trainees/F-CCC-2";
        enroll("F-CCC-2");
        String crs = record(t + "/skills", skillOn("CRS_MANAGEMENT", START.plusDays(2)));
        String review = record(t + "/committee-reviews", committeeReview(MONTH, null), "ccc-chair", "COMMITTEE");
        String staging = record(t + "/skills", skillOn("TUMOR_STAGING", START.plusDays(3)));

        JsonNode reproduction = reproduction(t, review);

        long reviewPosition = positionOf(review);
        assertThat(reproduction.get("review").get("statedBasis").isNull()).isTrue();
        assertThat(reproduction.get("review").get("basedOnLedgerPosition").asLong()).isEqualTo(reviewPosition - 1);
        assertThat(reproduction.get("asReviewed").get("ledgerPosition").asLong()).isEqualTo(positionOf(crs));
        assertThat(reproduction.get("asReviewed").get("skillsCompleted").asInt()).isEqualTo(1);
        assertThat(reproduction.get("asReviewed").get("lastCommitteeReview").isNull()).isTrue();
        assertThat(reproduction.get("today").get("skillsCompleted").asInt()).isEqualTo(2);
        assertThat(reproduction.get("today").get("lastCommitteeReview").get("entryId").asString()).isEqualTo(review);
        assertThat(ids(reproduction.get("recordedSince"), "entryId")).containsExactly(review, staging);
        assertThat(reproduction.get("correctedSince")).isEmpty();
    }

    @Test
    void theLedgerKeepsThePositionAReviewWasBasedOnAndNullWhenItNamedNone() {
        String t = "/api/trainees/F-CCC-3";
        enroll("F-CCC-3");
        long basis = positionOf(record(t + "/skills", skillOn("CRS_MANAGEMENT", START.plusDays(2))));
        String based = record(t + "/committee-reviews", committeeReview(MONTH, basis), "ccc-chair", "COMMITTEE");
        String unbased = record(t + "/committee-reviews", committeeReview(YearMonth.from(START).plusMonths(1).toString(), null),
                "ccc-chair", "COMMITTEE");

        assertThat(payloadField(based, "basedOnLedgerPosition")).isEqualTo(Long.toString(basis));
        assertThat(payloadField(unbased, "basedOnLedgerPosition")).isNull();
    }

    // ---- helpers

    private static void enroll(String traineeId) {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow(traineeId)).status()).isEqualTo(201);
    }

    private static String record(String path, String body) {
        return record(path, body, "fac-wang", "FACULTY");
    }

    private static String record(String path, String body, String recorderId, String recorderRole) {
        RunningLedger.Response response = ledger.post(path, body, recorderId, recorderRole);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("entryId").asString();
    }

    private static JsonNode reproduction(String trainee, String reviewEntryId) {
        RunningLedger.Response response = ledger.get(trainee + "/committee-reviews/" + reviewEntryId + "/reproduction");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static long positionOf(String entryId) {
        return store.queryLong("SELECT global_index FROM domain_event_entry WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '"
                + entryId + "'");
    }

    private static String payloadField(String entryId, String field) {
        return store.queryString("SELECT convert_from(payload, 'UTF8')::jsonb->>'" + field + "' FROM domain_event_entry "
                + "WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '" + entryId + "'");
    }

    private static List<Object> ids(JsonNode items, String field) {
        List<Object> values = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode value = item.get(field);
            values.add(value.isNumber() ? (Object) value.asLong() : value.asString());
        }
        return values;
    }

    private static List<Boolean> flags(JsonNode items) {
        List<Boolean> values = new ArrayList<>();
        for (JsonNode item : items) {
            values.add(item.get("correctsSeenEntry").asBoolean());
        }
        return values;
    }
}
