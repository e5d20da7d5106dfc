package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.launcher.ReplayRequests.attendanceOn;
import static org.cartledger.launcher.ReplayRequests.correction;
import static org.cartledger.launcher.ReplayRequests.procedureOn;
import static org.cartledger.launcher.ReplayRequests.skillOn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A trainee's history walked entry by entry, a page at a time, in the order it was recorded or in
 * the order it happened. The record is written out of order: the skill first, though it happened last.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class HistoryReplayTest {

    private static final String T = "/api/trainees/F-HIST-1";
    private static RunningLedger ledger;
    private static String enrollment;
    private static String skill;
    private static String rounds;
    private static String procedure;
    private static String correction;

    @BeforeAll
    static void start() {
        enrollment = record("/api/trainees", Requests.enrollFellow("F-HIST-1"), "coord-li", "COORDINATOR");
        skill = record(T + "/skills", skillOn("CRS_MANAGEMENT", Requests.START.plusDays(10)), "fac-wang", "FACULTY");
        rounds = record(T + "/attendance", attendanceOn("DAILY_CLINICAL_ROUNDS", Requests.START.plusDays(2)), "fac-li", "FACULTY");
        procedure = record(T + "/procedures", procedureOn("CAR_T_INFUSION_LOCAL", Requests.START.plusDays(5)), "fac-zhao", "FACULTY");
        // occurredAt left out: decided now, after the enrollment, which also happened "now" when it was recorded
        correction = record(T + "/corrections", correction(rounds, "Wrong day"), "fac-li", "FACULTY");
    }

    @Test
    void theHistoryPagesThroughEveryEntryInTheOrderItWasRecorded() {
        JsonNode first = page("order=recorded&page=0&size=2");
        JsonNode second = page("order=recorded&page=1&size=2");
        JsonNode third = page("order=recorded&page=2&size=2");
        JsonNode beyond = page("order=recorded&page=3&size=2");

        assertThat(entryIds(first)).containsExactly(enrollment, skill);
        assertThat(entryIds(second)).containsExactly(rounds, procedure);
        assertThat(entryIds(third)).containsExactly(correction);
        assertThat(beyond.get("entries")).isEmpty();
        for (JsonNode page : List.of(first, second, third, beyond)) {
            assertThat(page.get("traineeId").asString()).isEqualTo("F-HIST-1");
            assertThat(page.get("order").asString()).isEqualTo("recorded");
            assertThat(page.get("size").asInt()).isEqualTo(2);
            assertThat(page.get("totalEntries").asLong()).isEqualTo(5);
            assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        }
        assertThat(second.get("page").asInt()).isEqualTo(1);

        List<Long> positions = new ArrayList<>();
        for (JsonNode page : List.of(first, second, third)) {
            page.get("entries").forEach(entry -> positions.add(entry.get("ledgerPosition").asLong()));
        }
        assertThat(positions).isSorted().doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void eachEntryCarriesWhenItHappenedWhenAndByWhomItWasRecordedAndItsPayload() {
        JsonNode entries = page("order=recorded&page=0&size=50").get("entries");

        JsonNode enrolled = entries.get(0);
        assertThat(enrolled.get("entryType").asString()).isEqualTo("TraineeEnrolled");
        assertThat(enrolled.get("recorderId").asString()).isEqualTo("coord-li");
        assertThat(enrolled.get("recorderRole").asString()).isEqualTo("COORDINATOR");
        assertThat(enrolled.get("payload").get("fullName").asString()).isEqualTo("Dr. Mei Chen");

        JsonNode skillEntry = entries.get(1);
        assertThat(skillEntry.get("entryId").asString()).isEqualTo(skill);
        assertThat(skillEntry.get("entryType").asString()).isEqualTo("SkillSignedOff");
        assertThat(skillEntry.get("occurredAt").asString()).isEqualTo(ReplayRequests.at(Requests.START.plusDays(10)).toString());
        assertThat(Instant.parse(skillEntry.get("recordedAt").asString())).isAfter(Instant.parse(enrolled.get("recordedAt").asString()));
        assertThat(skillEntry.get("recorderId").asString()).isEqualTo("fac-wang");
        assertThat(skillEntry.get("recorderRole").asString()).isEqualTo("FACULTY");
        assertThat(skillEntry.get("payload").get("entryId").asString()).isEqualTo(skill);
        assertThat(skillEntry.get("payload").get("skill").asString()).isEqualTo("CRS_MANAGEMENT");

        JsonNode correctionEntry = entries.get(4);
        assertThat(correctionEntry.get("entryType").asString()).isEqualTo("EntryCorrected");
        assertThat(correctionEntry.get("payload").get("correctedEntryId").asString()).isEqualTo(rounds);
        assertThat(correctionEntry.get("payload").get("reason").asString()).isEqualTo("Wrong day");
    }

    @Test
    void theHistoryInTheOrderThingsHappenedPutsEntriesRecordedLateWhereTheyBelong() {
        JsonNode first = page("order=occurred&page=0&size=3");
        JsonNode second = page("order=occurred&page=1&size=3");

        assertThat(entryIds(first)).containsExactly(rounds, procedure, skill);
        assertThat(entryIds(second)).containsExactly(enrollment, correction);
        assertThat(first.get("order").asString()).isEqualTo("occurred");
        assertThat(second.get("totalEntries").asLong()).isEqualTo(5);
    }

    @Test
    void theHistoryIsInLedgerOrderFiftyAtATimeWhenNotToldOtherwise() {
        JsonNode page = page("");

        assertThat(page.get("order").asString()).isEqualTo("recorded");
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(50);
        assertThat(entryIds(page)).containsExactly(enrollment, skill, rounds, procedure, correction);
    }

    private static JsonNode page(String query) {
        RunningLedger.Response response = ledger.get(T + "/history?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> entryIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("entries").forEach(entry -> ids.add(entry.get("entryId").asString()));
        return ids;
    }

    private static String record(String path, String body, String recorderId, String recorderRole) {
        RunningLedger.Response response = ledger.post(path, body, recorderId, recorderRole);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("entryId").asString();
    }
}
