package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.WriterKey;
import org.cartledger.proof.bundle.BundleVerifier;
import org.cartledger.proof.bundle.VerificationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Skill sign-offs stored before the event was renamed keep their payload type
 * ({@code org.cartledger.api.activity.SkillLoggedEvent}) and their bytes. Appended to the store as the ledger
 * appended them then, they are read everywhere as sign-offs: by the trainee's record (a correction may name one,
 * and the next entry follows them), by the dashboard and the transcript, by the history replay, and they are in
 * the tree and in a bundle that verifies, under the name they were stored with.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class SignOffsStoredUnderTheirFormerNameTest {

    private static final String FORMER_TYPE = "org.cartledger.api.activity.SkillLoggedEvent";
    private static final String T = "/api/trainees/F-OLD-1";
    private static final String CRS_ENTRY = "00000000-0000-4000-8000-00000000b001";
    private static final String STAGING_ENTRY = "00000000-0000-4000-8000-00000000b002";

    private static RunningLedger ledger;
    private static EventStoreRows store;

    @BeforeAll
    static void enrollAndAppendSignOffsInTheirFormerForm() throws Exception {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-OLD-1")).status()).isEqualTo(201);
        appendFormerSignOff(1, CRS_ENTRY, "CRS_MANAGEMENT");
        appendFormerSignOff(2, STAGING_ENTRY, "TUMOR_STAGING");
    }

    /** A sign-off as the ledger stored it before the rename, without the onBehalfOf field that came later too. */
    private static void appendFormerSignOff(int sequenceNumber, String entryId, String skill) throws Exception {
        String occurredAt = ReplayRequests.at(Requests.START.plusDays(sequenceNumber)).toString();
        String payload = """
                {"traineeId":"F-OLD-1","entryId":"%s","occurredAt":"%s","skill":"%s","signedOffBy":"fac-wang","notes":"On the ward"}"""
                .formatted(entryId, occurredAt, skill);
        store.insertAsTheLedger(ledger.bean(WriterKey.class), "INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, "
                + "type, event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp) SELECT 'F-OLD-1', " + sequenceNumber + ", type, "
                + "'former-" + sequenceNumber + "', convert_to('{\"recorderId\":\"fac-wang\",\"recorderRole\":\"FACULTY\"}', 'UTF8'), "
                + "convert_to('" + payload + "', 'UTF8'), NULL, '" + FORMER_TYPE + "', '" + Instant.now() + "' "
                + "FROM domain_event_entry WHERE aggregate_identifier = 'F-OLD-1' AND sequence_number = 0");
    }

    @Test
    void theRecordKnowsThemSoACorrectionMayNameOneAndTheNextEntryFollowsThem() {
        RunningLedger.Response correction = ledger.post(T + "/corrections",
                Requests.correction(STAGING_ENTRY, "Signed off for the wrong skill"), "fac-wang", "FACULTY");
        assertThat(correction.status()).as(correction.toString()).isEqualTo(201);

        assertThat(store.queryString("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = 'F-OLD-1' "
                + "AND sequence_number = 3")).isEqualTo("org.cartledger.api.correction.EntryCorrectedEvent");
        RunningLedger.Response unknown = ledger.post(T + "/corrections",
                Requests.correction("00000000-0000-4000-8000-00000000bfff", "No such entry"), "fac-wang", "FACULTY");
        assertThat(unknown.status()).as("an entry the record does not hold is still refused").isEqualTo(422);
        assertThat(unknown.json().get("rule").asString()).isEqualTo("correction-target-unknown");
    }

    @Test
    void aNewSignOffIsStoredUnderTheNewNameBesideTheOldOnes() {
        RunningLedger.Response signedOff = ledger.post(T + "/skills", Requests.skill("SUPPORTIVE_CARE"), "fac-wang", "FACULTY");
        assertThat(signedOff.status()).as(signedOff.toString()).isEqualTo(201);
        String entryId = signedOff.json().get("entryId").asString();

        assertThat(store.queryString("SELECT payload_type FROM domain_event_entry WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '"
                + entryId + "'")).isEqualTo("org.cartledger.api.activity.SkillSignedOffEvent");
        assertThat(store.queryLong("SELECT count(*) FROM domain_event_entry WHERE payload_type = '" + FORMER_TYPE + "'"))
                .as("stored rows are never rewritten").isEqualTo(2);
    }

    @Test
    void theDashboardAndTheTranscriptShowThemAsSignOffs() {
        ledger.awaitProjections();
        JsonNode dashboard = ledger.get(T + "/dashboard").json();
        JsonNode crs = null;
        for (JsonNode skill : dashboard.get("skills")) {
            if (skill.get("skill").asString().equals("CRS_MANAGEMENT")) {
                crs = skill;
            }
        }
        assertThat(crs).isNotNull();
        assertThat(crs.get("signOffs").asInt()).isEqualTo(1);

        JsonNode line = entry(ledger.get(T + "/transcript").json().get("entries"), CRS_ENTRY);
        assertThat(line.get("entryType").asString()).isEqualTo("SkillSignedOff");
        assertThat(line.get("summary").asString()).startsWith("Skill signed off: Cytokine release syndrome (CRS) management, by fac-wang");
        assertThat(line.get("recorderRole").asString()).isEqualTo("FACULTY");
    }

    @Test
    void theHistoryReplaysThemAsSignOffs() {
        RunningLedger.Response history = ledger.get(T + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        JsonNode entry = entry(history.json().get("entries"), CRS_ENTRY);
        assertThat(entry.get("entryType").asString()).isEqualTo("SkillSignedOff");
        assertThat(entry.get("payload").get("skill").asString()).isEqualTo("CRS_MANAGEMENT");
    }

    @Test
    void theyAreInTheTreeAndInABundleThatVerifiesUnderTheNameTheyWereStoredWith() throws Exception {
        assertThat(ledger.asAdmin().post("/api/ledger/tree-heads", "").status()).isEqualTo(201);
        RunningLedger.Response proof = ledger.get("/api/ledger/proofs/inclusion?entryId=" + CRS_ENTRY);
        assertThat(proof.status()).as(proof.toString()).isEqualTo(200);
        assertThat(proof.json().get("position").asLong()).isEqualTo(store.queryLong(
                "SELECT global_index FROM domain_event_entry WHERE event_identifier = 'former-1'"));

        RunningLedger.Response bundle = ledger.get(T + "/transcript-bundle");
        assertThat(bundle.status()).as(bundle.toString()).isEqualTo(200);
        VerificationReport report = BundleVerifier.verify(bundle.body().getBytes(StandardCharsets.UTF_8),
                Ed25519Keys.publicKey(Base64.getDecoder().decode(ledger.get("/api/ledger/public-key").json().get("spki").asString())));
        assertThat(report.verified()).as(String.join("\n", report.failures())).isTrue();
        assertThat(bundle.body()).contains(FORMER_TYPE);
    }

    private static JsonNode entry(JsonNode entries, String entryId) {
        List<String> seen = new ArrayList<>();
        for (JsonNode entry : entries) {
            if (entry.get("entryId").asString().equals(entryId)) {
                return entry;
            }
            seen.add(entry.get("entryId").asString());
        }
        throw new AssertionError("no entry " + entryId + " among " + seen);
    }
}
