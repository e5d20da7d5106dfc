package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.cartledger.proof.WriterKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Proofs asked of a ledger whose event store holds rows the ledger would not write today: an old
 * entry whose text holds a NUL (accepted before the text rule; PostgreSQL's jsonb cannot hold it),
 * and a row forged behind the ledger's back at a position the tree has passed. Each is answered
 * with a proof or a named problem, never a 500.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class ProofsOfAnAlteredLedgerTest {

    private static final String MONTH = YearMonth.from(Requests.START.plusMonths(1)).toString();
    private static RunningLedger ledger;
    private static EventStoreRows store;
    private static String skillEntryId;
    private static String nulEntryId;

    @BeforeAll
    static void recordAndAlter() throws Exception {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-ALT-1")).status()).isEqualTo(201);
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-ALT-2")).status()).isEqualTo(201);
        RunningLedger.Response skill = ledger.post("/api/trainees/F-ALT-1/skills", Requests.skill("CRS_MANAGEMENT"), "fac-wang", "FACULTY");
        assertThat(skill.status()).isEqualTo(201);
        skillEntryId = skill.json().get("entryId").asString();
        assertThat(ledger.post("/api/trainees/F-ALT-2/skills", Requests.skill("TUMOR_STAGING"), "fac-wang", "FACULTY").status())
                .isEqualTo(201);
        assertThat(ledger.post("/api/trainees/F-ALT-2/committee-reviews", Requests.committeeReview(MONTH), "crp-chair", "COMMITTEE")
                .status()).isEqualTo(201);
        // an enrollment with a NUL in its name, as the ledger accepted them before the text rule: appended as the ledger appends
        nulEntryId = "00000000-0000-4000-8000-00000000a001";
        store.insertAsTheLedger(ledger.bean(WriterKey.class), "INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, meta_data, "
                + "payload, payload_revision, payload_type, time_stamp) "
                + "SELECT 'F-ALT-NUL', 0, type, 'nul-event', meta_data, convert_to(replace(replace(replace(convert_from(payload, 'UTF8'), "
                + "'F-ALT-1', 'F-ALT-NUL'), 'Dr. ', 'Dr.\\u0000 '), entry_id, '" + nulEntryId + "'), 'UTF8'), payload_revision, "
                + "payload_type, time_stamp FROM domain_event_entry, "
                + "LATERAL (SELECT substring(convert_from(payload, 'UTF8') FROM '\"entryId\":\"([^\"]+)\"') AS entry_id) id "
                + "WHERE aggregate_identifier = 'F-ALT-1' AND sequence_number = 0");
        assertThat(ledger.asAdmin().post("/api/ledger/tree-heads", "").status()).isEqualTo(201);
        // and a row forged behind the ledger's back, at a position below everything the tree holds
        store.execute("ALTER TABLE domain_event_entry DISABLE TRIGGER USER");
        store.execute("INSERT INTO domain_event_entry (global_index, aggregate_identifier, sequence_number, type, event_identifier, "
                + "meta_data, payload, payload_revision, payload_type, time_stamp) SELECT 0, aggregate_identifier, 99, type, "
                + "'forged-event', meta_data, payload, payload_revision, payload_type, time_stamp FROM domain_event_entry "
                + "WHERE aggregate_identifier = 'F-ALT-2' AND sequence_number = 1");
        store.execute("ALTER TABLE domain_event_entry ENABLE TRIGGER USER");
    }

    @Test
    void theNulRowReallyIsOneThatJsonbCannotHold() {
        assertThat(store.queryLong("SELECT count(*) FROM domain_event_entry WHERE event_identifier = 'nul-event' "
                + "AND position('\\u0000' IN convert_from(payload, 'UTF8')) > 0")).isEqualTo(1);
    }

    @Test
    void anInclusionProofByEntryIdIsFoundBesideARowThatHoldsANul() {
        RunningLedger.Response proof = ledger.get("/api/ledger/proofs/inclusion?entryId=" + skillEntryId);
        assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
        assertThat(proof.json().get("position").asLong()).isEqualTo(store.queryLong(
                "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = 'F-ALT-1' AND sequence_number = 1"));
    }

    @Test
    void theEntryThatHoldsTheNulHasItsProofToo() {
        RunningLedger.Response proof = ledger.get("/api/ledger/proofs/inclusion?entryId=" + nulEntryId);
        assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
        assertThat(proof.json().get("position").asLong())
                .isEqualTo(store.queryLong("SELECT global_index FROM domain_event_entry WHERE event_identifier = 'nul-event'"));
    }

    @Test
    void anEntryIdThatIsNotAnEntrysOwnIsNotFoundEvenWhereItsTextAppears() {
        // the NUL row's event identifier appears in no payload; a trainee id appears in payloads but is no entry id
        assertThat(ledger.get("/api/ledger/proofs/inclusion?entryId=F-ALT-1").status()).isEqualTo(404);
        assertThat(ledger.get("/api/ledger/proofs/inclusion?entryId=nul-event").status()).isEqualTo(404);
    }

    @Test
    void aBundleOverARecordHoldingAForgedRowIs409EntryNotInTreeNamingIt() {
        RunningLedger.Response bundle = ledger.get("/api/trainees/F-ALT-2/transcript-bundle");
        assertThat(bundle.status()).as(bundle.toString()).isEqualTo(409);
        assertThat(bundle.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = bundle.json();
        assertThat(problem.get("rule").asString()).isEqualTo("entry-not-in-tree");
        assertThat(problem.get("position").asLong()).isZero();
        assertThat(problem.get("eventIdentifier").asString()).isEqualTo("forged-event");
        assertThat(problem.get("detail").asString()).contains("ledger-verifier audit");
        assertThat(ledger.get("/api/trainees/F-ALT-1/transcript-bundle").status()).as("an untouched record still bundles").isEqualTo(200);
    }

    @Test
    void aCommitteeReportOverARecordHoldingAForgedRowIs409EntryNotInTreeNotAReport() {
        RunningLedger.Response report = ledger.as("aud-lin", "AUDITOR").get("/api/trainees/F-ALT-2/committee-reports/" + MONTH);
        assertThat(report.status()).as(report.toString()).isEqualTo(409);
        assertThat(report.contentType()).isEqualTo("application/problem+json");
        assertThat(report.json().get("rule").asString()).isEqualTo("entry-not-in-tree");
        assertThat(report.json().get("eventIdentifier").asString()).isEqualTo("forged-event");
        assertThat(ledger.as("aud-lin", "AUDITOR").get("/api/trainees/F-ALT-2/committee-reports/" + MONTH + ".pdf").status())
                .isEqualTo(409);
    }

    @Test
    void anInclusionProofOfTheForgedRowIs409EntryNotInTree() {
        RunningLedger.Response proof = ledger.get("/api/ledger/proofs/inclusion?position=0");
        assertThat(proof.status()).as(proof.toString()).isEqualTo(409);
        assertThat(proof.json().get("rule").asString()).isEqualTo("entry-not-in-tree");
    }
}
