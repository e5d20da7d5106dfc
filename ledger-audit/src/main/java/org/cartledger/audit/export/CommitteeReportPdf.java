package org.cartledger.audit.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.cartledger.api.dashboard.AttendanceTally;
import org.cartledger.api.dashboard.CommitteeReviewSummary;
import org.cartledger.api.dashboard.CompetencyStatus;
import org.cartledger.api.dashboard.FacultyFeedback;
import org.cartledger.api.dashboard.ProcedureTally;
import org.cartledger.api.dashboard.ResearchProjectStatus;
import org.cartledger.api.dashboard.RotationEvaluation;
import org.cartledger.api.dashboard.SkillStatus;
import org.cartledger.api.dashboard.TechnicalAssessment;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.replay.EntryCorrectedSince;
import org.cartledger.api.replay.EntryRecordedSince;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.requirements.RequirementStatus;
import org.cartledger.proof.bundle.BundleTreeHead;

/**
 * The committee report for people, printed like the transcript (its font, so Chinese names and notes print as
 * written, and its English wording): the review, the dashboard as the committee saw it, the autonomy history, what
 * was recorded since, and the signed tree head with the review's leaf, and how to check them.
 */
final class CommitteeReportPdf {

    private static final PDFont MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);

    private CommitteeReportPdf() {
    }

    /** Progress as it stood: the set it was measured by and why, the percentage, and each requirement not yet met. */
    private static void progress(Printer printer, RequirementProgress progress) throws IOException {
        if (progress == null) {
            return;
        }
        printer.heading("Progress against the program's requirements");
        printer.line(progress.track() + " requirement set, version " + progress.version() + " (in force from "
                + progress.effectiveFrom() + "; " + basis(progress.basis()) + "): " + progress.percent() + " % done");
        if (progress.met()) {
            printer.line("Every requirement was met.");
        }
        for (RequirementStatus requirement : progress.requirements()) {
            printer.line((requirement.met() ? "met: " : "missing: ") + requirement.name() + ", " + requirement.done() + " of "
                    + requirement.required() + (requirement.met() ? "" : " (" + requirement.missing() + ")"));
        }
    }

    private static String basis(RequirementProgress.Basis basis) {
        return switch (basis) {
            case IN_FORCE_AT_ENROLLMENT -> "the set in force at enrollment";
            case MOVED_BY_COMMITTEE -> "the set the committee moved the trainee to";
            case FIRST_OF_TRACK -> "the track's first set; enrolled before any was on record";
        };
    }

    static byte[] of(CommitteeReport report) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Printer printer = new Printer(new PdfLines(document), TranscriptFont.embeddedIn(document));
            CommitteeReport.Trainee trainee = report.trainee();
            printer.title("Committee report " + report.month() + ": " + trainee.fullName() + " (" + trainee.traineeId() + ")");
            printer.small("Oncology Fellowship Program in Cellular Therapy, monthly clinical competency review. Exported "
                    + report.exportedAt() + ".");
            printer.line(trainee.track() + ", " + trainee.status() + ", program " + trainee.startDate() + " to " + trainee.endDate());
            review(printer, report);
            progress(printer, report.progress());
            asItStood(printer, report.asItStood(), report.review().basedOnLedgerPosition());
            printer.heading("Autonomy granted, review by review");
            for (CommitteeReport.AutonomyGranted step : report.autonomyHistory()) {
                printer.line(step.reviewMonth() + ": " + step.autonomyGranted() + " (" + step.decision() + "; entry "
                        + step.entryId() + ")");
            }
            since(printer, report);
            verification(printer, report);
            printer.lines.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the committee report PDF", e);
        }
    }

    private static void review(Printer printer, CommitteeReport report) throws IOException {
        CommitteeReport.Review review = report.review();
        CommitteeReviewSummary recorded = review.recorded();
        printer.heading("The committee's review of " + report.month());
        printer.line("Decision: " + recorded.decision() + ". Autonomy granted: " + recorded.autonomyGranted() + ".");
        printer.small("Entry " + recorded.entryId() + " at ledger position " + review.ledgerPosition() + ", recorded "
                + review.recordedAt() + " by " + review.recorderId() + "; based on the dashboard at ledger position "
                + review.basedOnLedgerPosition() + ".");
        if (review.corrected() != null) {
            printer.line("[CORRECTED - does not count] by entry " + review.corrected().correctionEntryId() + ": "
                    + review.corrected().reason());
        }
        printer.labelled("Overall performance", recorded.overallPerformance());
        printer.labelled("Research progress", recorded.researchProgress());
        printer.labelled("Team participation", recorded.teamParticipation());
        printer.labelled("Feedback", recorded.feedback());
        printer.line("Adjusted goals:" + (recorded.adjustedGoals().isEmpty() ? " none set" : ""));
        for (String goal : recorded.adjustedGoals()) {
            printer.line("  - " + goal);
        }
        if (report.reviewsOfTheMonth().size() > 1) {
            printer.line("Reviews recorded for " + report.month() + ", in ledger order:");
            for (CommitteeReport.ReviewOfTheMonth other : report.reviewsOfTheMonth()) {
                printer.small("  #" + other.ledgerPosition() + " " + other.entryId() + ": " + other.decision() + ", "
                        + other.autonomyGranted() + (other.reported() ? " (this report)" : "")
                        + (other.corrected() != null ? " [corrected by " + other.corrected().correctionEntryId() + ": "
                        + other.corrected().reason() + "]" : ""));
            }
        }
    }

    private static void asItStood(Printer printer, TraineeDashboardView then, long basis) throws IOException {
        printer.heading("The dashboard as the committee saw it (ledger position " + basis + ")");
        if (then == null) {
            printer.line("The review was based on a ledger position before the trainee's enrollment: nothing of the record.");
            return;
        }
        printer.line("As of " + then.today() + ": " + then.programDaysDone() + " days done, " + then.programDaysLeft()
                + " left; " + then.entriesCounted() + " entries counted, " + then.entriesCorrected() + " corrected.");
        printer.subheading("Competencies (milestone level 1-5)");
        for (CompetencyStatus c : then.competencies()) {
            printer.line(c.name() + ": " + (c.latestLevel() == null ? "not rated" : "level " + c.latestLevel()
                    + (c.previousLevel() == null ? "" : " (before: " + c.previousLevel() + ")") + ", " + c.ratings() + " rating(s)"));
        }
        // the dashboard tallies every activity and procedure of the catalog; the report names those that happened
        List<AttendanceTally> attended = then.attendance().stream().filter(a -> a.attended() > 0 || a.casesPresented() > 0).toList();
        printer.subheading("Attendance");
        printer.noneIf(attended);
        for (AttendanceTally a : attended) {
            printer.line(a.name() + ": " + a.attended() + " attended, " + a.casesPresented() + " case(s) presented");
        }
        List<ProcedureTally> performed = then.procedures().stream().filter(p -> p.performed() > 0).toList();
        printer.subheading("Procedures, by supervision level");
        printer.noneIf(performed);
        for (ProcedureTally p : performed) {
            printer.line(p.name() + ": " + p.performed() + " performed (" + p.simulated() + " simulated); "
                    + p.bySupervisionLevel().entrySet().stream().filter(e -> e.getValue() > 0)
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        printer.subheading("Skills: " + then.skillsCompleted() + " of " + then.skillsInCatalog() + " signed off");
        for (SkillStatus s : then.skills()) {
            if (s.signOffs() > 0) {
                printer.line(s.name() + " (" + s.group() + "): first signed off " + s.firstSignedOffAt());
            }
        }
        printer.subheading("Research");
        printer.noneIf(then.research());
        for (ResearchProjectStatus r : then.research()) {
            printer.line(r.projectTitle() + ": " + r.latestMilestone() + " (" + r.updatedAt() + ")");
        }
        printer.subheading("Rotation evaluations");
        printer.noneIf(then.rotationEvaluations());
        for (RotationEvaluation r : then.rotationEvaluations()) {
            printer.line(r.rotation() + ", " + r.evaluatedAt() + " by " + r.evaluatorId() + ": "
                    + r.milestoneLevels().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", ")));
            printer.optional(r.comments());
        }
        printer.subheading("Faculty feedback");
        printer.noneIf(then.facultyFeedback());
        for (FacultyFeedback f : then.facultyFeedback()) {
            printer.line(f.givenAt() + " by " + f.facultyId());
            printer.labelled("  Strengths", f.strengths());
            printer.labelled("  Areas for improvement", f.areasForImprovement());
            printer.labelled("  Career development", f.careerDevelopment());
        }
        printer.subheading("Technical competency evaluations (the latest of each area and procedure)");
        printer.noneIf(then.latestTechnicalAssessments());
        for (TechnicalAssessment t : then.latestTechnicalAssessments()) {
            printer.line(t.area() + (t.procedure() == null ? "" : " / " + t.procedure()) + ": level " + t.level() + ", "
                    + t.assessedAt() + " by " + t.assessorId());
            printer.optional(t.comments());
        }
    }

    private static void since(Printer printer, CommitteeReport report) throws IOException {
        printer.heading("Recorded since the committee's view");
        List<EntryRecordedSince> since = report.recordedSince();
        if (since.isEmpty()) {
            printer.line("Nothing.");
        }
        for (EntryRecordedSince e : since) {
            printer.small("#" + e.ledgerPosition() + " " + e.entryType() + ", recorded " + e.recordedAt() + " by "
                    + e.recorderId() + "; entry " + e.entryId()
                    + (e.correctsEntryThen() ? "; corrects " + e.correctedEntryId() + ", which the committee saw" : ""));
        }
        for (EntryCorrectedSince c : report.correctedSince()) {
            printer.line("Corrected since: " + c.entryType() + " " + c.entryId() + ", by " + c.correctionEntryId() + ": "
                    + c.reason());
        }
    }

    private static void verification(Printer printer, CommitteeReport report) throws IOException {
        CommitteeReport.Verification verification = report.verification();
        BundleTreeHead head = verification.treeHead();
        printer.heading("Verification");
        printer.line("The review is the event at ledger position " + verification.reviewLedgerPosition() + ", leaf "
                + verification.reviewLeafIndex() + " of the ledger's Merkle tree of " + head.treeSize()
                + " events, whose root the ledger signed at " + head.timestamp() + " with Ed25519 key " + head.keyId() + ":");
        printer.lines.paragraph(MONO, 8, head.rootHash());
        printer.small("To verify: the JSON of this report (GET /api/trainees/" + report.traineeId() + "/committee-reports/"
                + report.month() + ") carries the signed head and the review's inclusion proof; check the signature "
                + "with the key of GET /api/ledger/public-key and the proof against the root printed above (GET "
                + "/api/ledger/proofs/inclusion?position=" + verification.reviewLedgerPosition() + "&treeSize="
                + head.treeSize() + " gives the same proof). Each entry of the dashboard above proves the same way, and "
                + "the transcript bundle proves the whole record. docs/ledger-proofs.md describes every check.");
    }

    /** The report's few type sizes, in one place. */
    private record Printer(PdfLines lines, PDFont text) {

        void title(String title) throws IOException {
            lines.paragraph(text, 15, title);
        }

        void heading(String heading) throws IOException {
            lines.gap();
            lines.paragraph(text, 12, heading);
        }

        void subheading(String subheading) throws IOException {
            lines.paragraph(text, 10, subheading);
        }

        void line(String line) throws IOException {
            lines.paragraph(text, 9, line);
        }

        void small(String line) throws IOException {
            lines.paragraph(text, 8, line);
        }

        void labelled(String label, String value) throws IOException {
            if (value != null && !value.isBlank()) {
                line(label + ": " + value);
            }
        }

        void noneIf(List<?> items) throws IOException {
            if (items.isEmpty()) {
                small("None recorded.");
            }
        }

        void optional(String value) throws IOException {
            if (value != null && !value.isBlank()) {
                small("  " + value);
            }
        }
    }
}
