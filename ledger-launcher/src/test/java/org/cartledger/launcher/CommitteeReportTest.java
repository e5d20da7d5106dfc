package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.launcher.ReplayRequests.attendanceOn;
import static org.cartledger.launcher.ReplayRequests.correction;
import static org.cartledger.launcher.ReplayRequests.procedureOn;
import static org.cartledger.launcher.ReplayRequests.skillOn;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.MerkleTree;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A trainee's monthly committee report, over HTTP: the review of the month with the dashboard as the committee saw it
 * (what was recorded after it is not counted, but listed as recorded since), the decision, goals and autonomy, and a
 * signed tree head over the review that verifies with the published key; the same as a PDF; and every refusal.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class CommitteeReportTest {

    private static final LocalDate START = Requests.START;
    private static final String MONTH = YearMonth.from(START).toString();
    private static final String NEXT_MONTH = YearMonth.from(START).plusMonths(1).toString();
    private static final String CHINESE_NAME = "陈美玲";
    private static RunningLedger ledger;
    private static EventStoreRows store;

    @Test
    void theReportOfAMonthShowsTheDashboardAsTheCommitteeSawItWithTheDecisionGoalsAndAutonomy() {
        String t = "/api/trainees/F-CRP-1";
        enroll("F-CRP-1");
        String crs = record(t + "/skills", skillOn("CRS_MANAGEMENT", START.plusDays(2)));
        record(t + "/attendance", attendanceOn("MDT_TUMOR_BOARD", START.plusDays(3)));
        record(t + "/procedures", procedureOn("CAR_T_INFUSION_LOCAL", START.plusDays(4)));
        String review = record(t + "/committee-reviews", review(MONTH, "ON_TRACK", "INDIRECT_SUPERVISION"), "crp-chair", "COMMITTEE");
        // recorded after the meeting: not on the dashboard the committee saw
        String staging = record(t + "/skills", skillOn("TUMOR_STAGING", START.plusDays(5)));
        String crsCorrected = record(t + "/corrections", correction(crs, "Signed off for the wrong skill"));

        JsonNode report = report(t, MONTH);

        assertThat(report.get("traineeId").asString()).isEqualTo("F-CRP-1");
        assertThat(report.get("month").asString()).isEqualTo(MONTH);
        JsonNode trainee = report.get("trainee");
        assertThat(trainee.get("fullName").asString()).isEqualTo(CHINESE_NAME);
        assertThat(trainee.get("track").asString()).isEqualTo("FELLOW");
        assertThat(trainee.get("startDate").asString()).isEqualTo(START.toString());
        assertThat(trainee.get("endDate").asString()).isEqualTo(Requests.END.toString());

        JsonNode reviewed = report.get("review");
        assertThat(reviewed.get("recorded").get("entryId").asString()).isEqualTo(review);
        assertThat(reviewed.get("recorded").get("decision").asString()).isEqualTo("ON_TRACK");
        assertThat(reviewed.get("recorded").get("autonomyGranted").asString()).isEqualTo("INDIRECT_SUPERVISION");
        assertThat(reviewed.get("recorded").get("feedback").asString()).isEqualTo("识别CRS迅速, calm at the bedside");
        assertThat(strings(reviewed.get("recorded").get("adjustedGoals"))).containsExactly("Lead one tumor board case", "独立完成一次输注");
        assertThat(reviewed.get("ledgerPosition").asLong()).isEqualTo(positionOf(review));
        assertThat(reviewed.get("basedOnLedgerPosition").asLong()).as("it named no basis: everything before it")
                .isEqualTo(positionOf(review) - 1);
        assertThat(reviewed.get("recorderId").asString()).isEqualTo("crp-chair");
        assertThat(reviewed.get("corrected").isNull()).isTrue();
        assertThat(report.get("reviewsOfTheMonth")).hasSize(1);

        JsonNode asItStood = report.get("asItStood");
        assertThat(asItStood).as("the committee's reproduction of the review, the same replay")
                .isEqualTo(ledger.get(t + "/committee-reviews/" + review + "/reproduction").json().get("asReviewed"));
        assertThat(asItStood.get("skillsCompleted").asInt()).as("CRS counted then; staging recorded after").isEqualTo(1);
        assertThat(asItStood.get("entriesCorrected").asInt()).isZero();
        JsonNode infusion = asItStood.get("procedures").valueStream()
                .filter(p -> p.get("procedure").asString().equals("CAR_T_INFUSION_LOCAL")).findFirst().orElseThrow();
        assertThat(infusion.get("bySupervisionLevel").get("DIRECT_SUPERVISION").asInt()).isEqualTo(1);
        assertThat(asItStood.get("lastCommitteeReview").isNull()).as("the review is not on the dashboard it was based on").isTrue();
        // progress as it stood: against the fellows' set in force then, CRS signed off (the correction came after)
        JsonNode progress = report.get("progress");
        assertThat(progress).isEqualTo(asItStood.get("progress"));
        assertThat(progress.get("track").asString()).isEqualTo("FELLOW");
        JsonNode crsRequirement = progress.get("requirements").valueStream()
                .filter(r -> "CRS_MANAGEMENT".equals(r.path("code").asString(""))).findFirst().orElseThrow();
        assertThat(crsRequirement.get("done").asInt()).isEqualTo(1);
        assertThat(crsRequirement.get("missing").isNull()).isTrue();
        assertThat(ids(report.get("recordedSince"), "entryId")).containsExactly(review, staging, crsCorrected);
        assertThat(ids(report.get("correctedSince"), "entryId")).containsExactly(crs);

        JsonNode autonomy = report.get("autonomyHistory");
        assertThat(autonomy).hasSize(1);
        assertThat(autonomy.get(0).get("reviewMonth").asString()).isEqualTo(MONTH);
        assertThat(autonomy.get(0).get("autonomyGranted").asString()).isEqualTo("INDIRECT_SUPERVISION");

        assertVerifies(report.get("verification"), positionOf(review));
    }

    @Test
    void theReportIsOfTheMonthsLatestReviewThatStandsAndNamesTheCorrectedOne() {
        String t = "/api/trainees/F-CRP-2";
        enroll("F-CRP-2");
        String first = record(t + "/committee-reviews", review(MONTH, "ON_TRACK", "DIRECT_SUPERVISION"), "crp-chair", "COMMITTEE");
        String taken = record(t + "/corrections", correction(first, "Recorded before the meeting ended"), "crp-chair", "COMMITTEE");
        String second = record(t + "/committee-reviews", review(MONTH, "NEEDS_FOCUSED_SUPPORT", "DIRECT_SUPERVISION"), "crp-chair", "COMMITTEE");
        String nextMonth = record(t + "/committee-reviews", review(NEXT_MONTH, "ON_TRACK", "INDIRECT_SUPERVISION"), "crp-chair", "COMMITTEE");

        JsonNode report = report(t, MONTH);

        assertThat(report.get("review").get("recorded").get("entryId").asString()).isEqualTo(second);
        assertThat(report.get("review").get("recorded").get("decision").asString()).isEqualTo("NEEDS_FOCUSED_SUPPORT");
        JsonNode ofTheMonth = report.get("reviewsOfTheMonth");
        assertThat(ids(ofTheMonth, "entryId")).containsExactly(first, second);
        assertThat(ofTheMonth.get(0).get("reported").asBoolean()).isFalse();
        assertThat(ofTheMonth.get(0).get("corrected").get("correctionEntryId").asString()).isEqualTo(taken);
        assertThat(ofTheMonth.get(0).get("corrected").get("reason").asString()).isEqualTo("Recorded before the meeting ended");
        assertThat(ofTheMonth.get(1).get("reported").asBoolean()).isTrue();
        assertThat(ofTheMonth.get(1).get("corrected").isNull()).isTrue();
        assertThat(ids(report.get("autonomyHistory"), "entryId")).as("the corrected one does not count; the next month's came later")
                .containsExactly(second);

        JsonNode next = report(t, NEXT_MONTH);
        assertThat(next.get("review").get("recorded").get("entryId").asString()).isEqualTo(nextMonth);
        assertThat(ids(next.get("autonomyHistory"), "entryId")).containsExactly(second, nextMonth);
        assertThat(ids(next.get("autonomyHistory"), "autonomyGranted")).containsExactly("DIRECT_SUPERVISION", "INDIRECT_SUPERVISION");
        assertThat(next.get("asItStood").get("lastCommitteeReview").get("entryId").asString()).isEqualTo(second);

        // a month whose only review was taken back is reported as recorded, marked corrected
        String nextTaken = record(t + "/corrections", correction(nextMonth, "Met without a quorum"), "crp-chair", "COMMITTEE");
        JsonNode takenBack = report(t, NEXT_MONTH);
        assertThat(takenBack.get("review").get("recorded").get("entryId").asString()).isEqualTo(nextMonth);
        assertThat(takenBack.get("review").get("corrected").get("correctionEntryId").asString()).isEqualTo(nextTaken);
        assertThat(takenBack.get("review").get("corrected").get("reason").asString()).isEqualTo("Met without a quorum");
        assertThat(ids(takenBack.get("recordedSince"), "entryId")).containsExactly(nextMonth, nextTaken);
    }

    @Test
    void thePdfPrintsTheChineseNameTheReviewAndTheSignedRootItIsCoveredBy() throws IOException, InterruptedException {
        String t = "/api/trainees/F-CRP-3";
        enroll("F-CRP-3");
        record(t + "/skills", skillOn("CRS_MANAGEMENT", START.plusDays(2)));
        record(t + "/attendance", attendanceOn("MDT_TUMOR_BOARD", START.plusDays(3)));
        record(t + "/procedures", procedureOn("CAR_T_INFUSION_LOCAL", START.plusDays(4)));
        record(t + "/rotation-evaluations", Requests.rotationEvaluation(3));
        record(t + "/feedback", "{\"facultyId\":\"fac-wang\",\"strengths\":\"沉着冷静\"}");
        record(t + "/technical-assessments", "{\"area\":\"PROCEDURES\",\"level\":3}");
        String review = record(t + "/committee-reviews", review(MONTH, "ON_TRACK", "INDIRECT_SUPERVISION"), "crp-chair", "COMMITTEE");

        HttpResponse<byte[]> response = pdf(t + "/committee-reports/" + MONTH + ".pdf");
        JsonNode verification = report(t, MONTH).get("verification");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"committee-report-F-CRP-3-" + MONTH + ".pdf\"");
        assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(CHINESE_NAME, "F-CRP-3", MONTH, "ON_TRACK", "INDIRECT_SUPERVISION", "识别CRS迅速",
                    "独立完成一次输注", "沉着冷静", review, "Competencies", "Verification", "leaf " + verification.get("reviewLeafIndex").asLong());
            assertThat(text).contains("Progress against the program's requirements", "FELLOW requirement set, version 1");
            // a head signed between the two requests would be newer; each head the ledger signed covering the review counts
            List<JsonNode> printed = new ArrayList<>();
            ledger.get("/api/ledger/tree-heads").json().forEach(head -> {
                if (text.contains(head.get("rootHash").asString())) {
                    printed.add(head);
                }
            });
            assertThat(printed).hasSize(1);
            assertThat(printed.get(0).get("treeSize").asLong()).isGreaterThan(verification.get("reviewLeafIndex").asLong());
        }
    }

    @Test
    void aMonthThatIsNotOneIsRefusedNamingTheField() {
        enroll("F-CRP-4");
        for (String month : List.of("2026-13", "March", "2026-3", "26-03", "2026-03-01")) {
            for (String path : List.of("/api/trainees/F-CRP-4/committee-reports/" + month,
                    "/api/trainees/F-CRP-4/committee-reports/" + month + ".pdf")) {
                RunningLedger.Response refused = ledger.get(path);
                assertThat(refused.status()).as(path + ": " + refused).isEqualTo(400);
                assertThat(refused.contentType()).isEqualTo("application/problem+json");
                assertThat(refused.json().get("rule").asString()).isEqualTo("invalid-request");
                assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("month");
                assertThat(refused.json().get("errors").get(0).get("message").asString()).contains(month, "YYYY-MM");
            }
        }
    }

    @Test
    void aMonthWithoutAReviewIsRefusedNamingTheMonthsThatHaveOne() {
        String t = "/api/trainees/F-CRP-5";
        enroll("F-CRP-5");
        record(t + "/committee-reviews", review(MONTH, "ON_TRACK", "INDIRECT_SUPERVISION"), "crp-chair", "COMMITTEE");

        for (String path : List.of(t + "/committee-reports/" + NEXT_MONTH, t + "/committee-reports/" + NEXT_MONTH + ".pdf")) {
            RunningLedger.Response refused = ledger.get(path);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.json().get("rule").asString()).isEqualTo("no-committee-review-that-month");
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:cartledger:rule:no-committee-review-that-month");
            assertThat(refused.json().get("detail").asString()).contains("F-CRP-5", NEXT_MONTH, MONTH);
            assertThat(strings(refused.json().get("monthsReviewed"))).containsExactly(MONTH);
        }

        enroll("F-CRP-6");
        RunningLedger.Response never = ledger.get("/api/trainees/F-CRP-6/committee-reports/" + MONTH);
        assertThat(never.status()).isEqualTo(404);
        assertThat(never.json().get("rule").asString()).isEqualTo("no-committee-review-that-month");
        assertThat(never.json().get("detail").asString()).contains("No month has been reviewed yet");
        assertThat(never.json().get("monthsReviewed")).isEmpty();
    }

    @Test
    void anUnknownTraineeIsRefused() {
        for (String path : List.of("/api/trainees/F-NOBODY/committee-reports/" + MONTH,
                "/api/trainees/F-NOBODY/committee-reports/" + MONTH + ".pdf")) {
            RunningLedger.Response refused = ledger.get(path);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
            assertThat(refused.json().get("rule").asString()).isEqualTo("trainee-not-found");
            assertThat(refused.json().get("detail").asString()).contains("F-NOBODY");
        }
    }

    @Test
    void theTraineeReadsTheirOwnReportButNoOneElsesAndNeitherDoesTheAdministrator() {
        String t = "/api/trainees/F-CRP-7";
        enroll("F-CRP-7");
        record(t + "/committee-reviews", review(MONTH, "ON_TRACK", "INDIRECT_SUPERVISION"), "crp-chair", "COMMITTEE");

        for (String path : List.of(t + "/committee-reports/" + MONTH, t + "/committee-reports/" + MONTH + ".pdf")) {
            assertThat(ledger.asTrainee("crp-trainee-7", "F-CRP-7").get(path).status()).as(path).isEqualTo(200);
            assertThat(ledger.as("crp-committee", "COMMITTEE").get(path).status()).as(path).isEqualTo(200);
            assertThat(ledger.as("crp-coordinator", "COORDINATOR").get(path).status()).as(path).isEqualTo(200);

            RunningLedger.Response otherTrainee = ledger.asTrainee("crp-trainee-8", "F-CRP-8").get(path);
            assertThat(otherTrainee.status()).as(otherTrainee.toString()).isEqualTo(403);
            assertThat(otherTrainee.contentType()).isEqualTo("application/problem+json");
            assertThat(otherTrainee.json().get("rule").asString()).isEqualTo("own-records-only");

            RunningLedger.Response admin = ledger.asAdmin().get(path);
            assertThat(admin.status()).as(admin.toString()).isEqualTo(403);
            assertThat(admin.json().get("rule").asString()).isEqualTo("role-not-permitted");

            RunningLedger.Response anonymous = ledger.anonymous().get(path);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.json().get("rule").asString()).isEqualTo("authentication-required");
        }
    }

    // ---- helpers

    /** The head is signed with the published key, covers the review, and the review's leaf proves into it. */
    private static void assertVerifies(JsonNode verification, long reviewPosition) {
        PublicKey key = Ed25519Keys.publicKey(Base64.getDecoder().decode(
                ledger.get("/api/ledger/public-key").json().get("spki").asString()));
        JsonNode head = verification.get("treeHead");
        BundleTreeHead treeHead = RunningLedger.JSON.treeToValue(head, BundleTreeHead.class);
        assertThat(TreeHeadSigner.verify(treeHead.toSignedTreeHead(), key)).isTrue();
        assertThat(treeHead.keyId()).isEqualTo(Ed25519Keys.keyId(key));

        long leafIndex = verification.get("reviewLeafIndex").asLong();
        assertThat(verification.get("reviewLedgerPosition").asLong()).isEqualTo(reviewPosition);
        assertThat(treeHead.treeSize()).isGreaterThan(leafIndex);
        JsonNode proof = verification.get("reviewInclusionProof");
        assertThat(proof.get("leafIndex").asLong()).isEqualTo(leafIndex);
        assertThat(proof.get("treeSize").asLong()).isEqualTo(treeHead.treeSize());
        assertThat(MerkleTree.verifyInclusion(leafIndex, treeHead.treeSize(), Hashes.unhex(proof.get("leafHash").asString()),
                proof.get("auditPath").valueStream().map(node -> Hashes.unhex(node.asString())).toList(),
                Hashes.unhex(treeHead.rootHash()))).isTrue();
        // the ledger's own proof of the review's event names the same leaf and proves into the same head
        JsonNode ledgersProof = ledger.get("/api/ledger/proofs/inclusion?position=" + reviewPosition + "&treeSize="
                + treeHead.treeSize()).json();
        assertThat(ledgersProof.get("leafIndex").asLong()).isEqualTo(leafIndex);
        assertThat(ledgersProof.get("leafHash")).isEqualTo(proof.get("leafHash"));
    }

    private static void enroll(String traineeId) {
        String body = """
                {"traineeId":"%s","fullName":"%s","track":"FELLOW",
                 "eligibility":{"institution":"Zhejiang University School of Medicine","completedOn":"%s"},
                 "startDate":"%s","endDate":"%s","mentorId":"fac-wang"}"""
                .formatted(traineeId, CHINESE_NAME, START.minusMonths(6), START, Requests.END);
        RunningLedger.Response enrolled = ledger.post("/api/trainees", body);
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
    }

    private static String review(String month, String decision, String autonomy) {
        return """
                {"reviewMonth":"%s","decision":"%s","autonomyGranted":"%s","overallPerformance":"Steady",
                 "feedback":"识别CRS迅速, calm at the bedside","adjustedGoals":["Lead one tumor board case","独立完成一次输注"]}"""
                .formatted(month, decision, autonomy);
    }

    private static String record(String path, String body) {
        return record(path, body, "fac-wang", "FACULTY");
    }

    private static String record(String path, String body, String recorderId, String recorderRole) {
        RunningLedger.Response response = ledger.post(path, body, recorderId, recorderRole);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("entryId").asString();
    }

    private static JsonNode report(String trainee, String month) {
        RunningLedger.Response response = ledger.get(trainee + "/committee-reports/" + month);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json");
        return response.json();
    }

    private static HttpResponse<byte[]> pdf(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ledger.baseUrl() + path))
                .header("Authorization", ledger.as(RunningLedger.AUDITOR, "AUDITOR").authorization()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static long positionOf(String entryId) {
        return store.queryLong("SELECT global_index FROM domain_event_entry WHERE convert_from(payload, 'UTF8')::jsonb->>'entryId' = '"
                + entryId + "'");
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }

    private static List<String> strings(JsonNode items) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.asString()));
        return values;
    }
}
