package org.cartledger.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.dashboard.CommitteeReviewSummary;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.bundle.InclusionProofJson;
import org.cartledger.api.requirements.RequirementKind;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.requirements.RequirementStatus;
import org.junit.jupiter.api.Test;

/**
 * The committee report for people: Chinese prints as written, a corrected review of the month is marked, the root and
 * the review's leaf are printed, and the section on the program's requirements only once there is progress to show.
 * (The dashboard's own sections are checked over HTTP, CommitteeReportTest, against a real replay.)
 */
class CommitteeReportPdfTest {

    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");
    private static final String ROOT = "0d69d0f4971d2ff574e3d93cbc218dc950bf3f3f8f8e2c008d97687ed53aee59";
    private static final TraineeId TRAINEE = new TraineeId("F-2026-001");
    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    @Test
    void theReviewPrintsInChineseAsWrittenWithTheCorrectedOneMarkedAndTheSignedRoot() throws IOException {
        String text = textOf(CommitteeReportPdf.of(report(null)));

        assertThat(text).contains("王小明", "F-2026-001", "2026-11", "READY_FOR_COMPLETION", "SUPERVISION_ON_REQUEST",
                "细胞因子释放综合征处理熟练", "独立完成一次输注", "review-2", "(this report)",
                "corrected by correction-1: 记录有误", "leaf 40", ROOT);
        assertThat(text).doesNotContain("Progress against the program's requirements");
    }

    @Test
    void progressAgainstTheRequirementsIsPrintedOnceThereIsSome() throws IOException {
        RequirementProgress progress = new RequirementProgress(Track.FELLOW, 2, LocalDate.of(2026, 9, 1),
                RequirementProgress.Basis.MOVED_BY_COMMITTEE, List.of(
                        new RequirementStatus(RequirementKind.PROCEDURE, "CAR_T_INFUSION_INTRAVENOUS", "CAR-T infusion, intravenous",
                                3, 5, "2 more CAR-T infusion, intravenous at DIRECT_SUPERVISION or with less supervision"),
                        new RequirementStatus(RequirementKind.SKILL, "CRS_MANAGEMENT", "细胞因子释放综合征处理", 1, 1, null)),
                80, false);
        String text = textOf(CommitteeReportPdf.of(report(progress)));

        assertThat(text).contains("Progress against the program's requirements", "FELLOW requirement set, version 2",
                "the set the committee moved the trainee to", "80 % done", "missing: CAR-T infusion, intravenous, 3 of 5",
                "met: 细胞因子释放综合征处理, 1 of 1").doesNotContain("Every requirement was met");
    }

    private static CommitteeReport report(RequirementProgress progress) {
        CommitteeReviewSummary recorded = new CommitteeReviewSummary("review-2", MONTH, AT, CommitteeDecision.READY_FOR_COMPLETION,
                AutonomyLevel.SUPERVISION_ON_REQUEST, "细胞因子释放综合征处理熟练", "Steady", "Abstract submitted", "Leads rounds",
                List.of("独立完成一次输注"));
        CommitteeReport.Correction taken = new CommitteeReport.Correction("correction-1", 38, "记录有误");
        return new CommitteeReport(TRAINEE, MONTH,
                new CommitteeReport.Trainee(TRAINEE, "王小明", Track.FELLOW, TraineeStatus.ENROLLED,
                        LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31)),
                new CommitteeReport.Review(recorded, 41, AT, "ccc-chair", 36, null),
                List.of(new CommitteeReport.ReviewOfTheMonth("review-1", 37, AT, CommitteeDecision.ON_TRACK,
                                AutonomyLevel.DIRECT_SUPERVISION, false, taken),
                        new CommitteeReport.ReviewOfTheMonth("review-2", 41, AT, CommitteeDecision.READY_FOR_COMPLETION,
                                AutonomyLevel.SUPERVISION_ON_REQUEST, true, null)),
                progress, null,
                List.of(new CommitteeReport.AutonomyGranted(MONTH, "review-2", CommitteeDecision.READY_FOR_COMPLETION,
                        AutonomyLevel.SUPERVISION_ON_REQUEST)),
                List.of(), List.of(),
                new CommitteeReport.Verification(new BundleTreeHead(1200L, ROOT, "2026-11-27T02:00:00Z", "c2lnbmF0dXJl",
                        "ab".repeat(32)), 41, 40, new InclusionProofJson(40L, 1200L, ROOT, List.of())),
                AT);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
