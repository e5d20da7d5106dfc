package org.cartledger.query.transcript;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cartledger.api.activity.AttendanceRecordedEvent;
import org.cartledger.api.activity.ProcedureRecordedEvent;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.api.catalog.ActivityType;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.committee.CommitteeReviewRecordedEvent;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.enrollment.ProgramCompletedEvent;
import org.cartledger.api.enrollment.ProgramExtendedEvent;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.enrollment.TraineeWithdrawnEvent;
import org.cartledger.api.evaluation.FacultyFeedbackRecordedEvent;
import org.cartledger.api.evaluation.RotationEvaluationRecordedEvent;
import org.cartledger.api.evaluation.TechnicalCompetencyAssessedEvent;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.requirements.TraineeMovedToRequirementSetEvent;
import org.cartledger.api.research.ResearchProgressRecordedEvent;

/** One line of plain language per entry, naming catalog items by their names. */
final class TranscriptSummaries {

    private TranscriptSummaries() {
    }

    static String of(LedgerEntryEvent event) {
        return event.accept(LINES);
    }

    private static final LedgerEntryEvent.Visitor<String> LINES = new LedgerEntryEvent.Visitor<>() {
        @Override
        public String visit(TraineeEnrolledEvent e) {
            return "Enrolled " + e.fullName() + " as " + e.track() + ", " + e.startDate() + " to " + e.endDate()
                    + (e.mentorId() != null ? ", mentor " + e.mentorId() : "")
                    + (e.lengthApproval() != null ? "; non-standard length approved by " + e.lengthApproval().approvedBy()
                    + ": " + e.lengthApproval().reason() : "");
        }

        @Override
        public String visit(ProgramExtendedEvent e) {
            return "Program extended from " + e.previousEndDate() + " to " + e.newEndDate() + ", approved by "
                    + e.approvedBy() + ": " + e.reason();
        }

        @Override
        public String visit(ProgramCompletedEvent e) {
            return "Program completed: " + e.summary() + (e.waiver() != null ? "; requirements not met waived by "
                    + e.waiver().approvedBy() + ": " + e.waiver().reason() : "");
        }

        @Override
        public String visit(TraineeWithdrawnEvent e) {
            return "Withdrawn from the program: " + e.reason();
        }

        @Override
        public String visit(AttendanceRecordedEvent e) {
            return "Attended " + name(TrainingCatalog.activityType(e.activityType()).map(ActivityType::name), e.activityType())
                    + (e.durationMinutes() != null ? " (" + e.durationMinutes() + " min)" : "")
                    + (e.presentedCase() ? "; presented a case: " + e.caseTopic() : "");
        }

        @Override
        public String visit(ProcedureRecordedEvent e) {
            return "Performed " + item(TrainingCatalog.procedure(e.procedure()), e.procedure()) + " (" + e.setting()
                    + "), " + e.supervisionLevel() + ", supervised by " + e.supervisorId() + onBehalf(e.onBehalfOf());
        }

        @Override
        public String visit(SkillSignedOffEvent e) {
            return "Skill signed off: " + item(TrainingCatalog.skill(e.skill()), e.skill()) + ", by " + e.signedOffBy() + onBehalf(e.onBehalfOf());
        }

        @Override
        public String visit(ResearchProgressRecordedEvent e) {
            return "Research, " + e.projectTitle() + ": " + e.milestone() + (e.summary() != null ? " - " + e.summary() : "");
        }

        @Override
        public String visit(RotationEvaluationRecordedEvent e) {
            return "Rotation evaluation (" + e.rotation() + ") by " + e.evaluatorId() + onBehalf(e.onBehalfOf()) + ": " + levels(e.milestoneLevels());
        }

        @Override
        public String visit(FacultyFeedbackRecordedEvent e) {
            return "Faculty feedback from " + e.facultyId() + onBehalf(e.onBehalfOf());
        }

        @Override
        public String visit(TechnicalCompetencyAssessedEvent e) {
            return "Technical competency, " + e.area()
                    + (e.procedure() != null ? " (" + item(TrainingCatalog.procedure(e.procedure()), e.procedure()) + ")" : "")
                    + ": level " + e.level() + ", assessed by " + e.assessorId() + onBehalf(e.onBehalfOf());
        }

        @Override
        public String visit(CommitteeReviewRecordedEvent e) {
            return "Committee review for " + e.reviewMonth() + ": " + e.decision() + ", autonomy " + e.autonomyGranted();
        }

        @Override
        public String visit(EntryCorrectedEvent e) {
            return "Corrects entry " + e.correctedEntryId()
                    + (e.replacementEntryId() != null ? " (replaced by " + e.replacementEntryId() + ")" : "")
                    + ": " + e.reason();
        }

        @Override
        public String visit(TraineeMovedToRequirementSetEvent e) {
            return "Moved by the committee to requirement set version " + e.version() + ": " + e.reason();
        }
    };

    /** An entry recorded for a colleague says so; who recorded it is the transcript's recorder column. */
    private static String onBehalf(String onBehalfOf) {
        return onBehalfOf != null ? " (recorded on their behalf)" : "";
    }

    private static String item(java.util.Optional<CatalogItem> item, String code) {
        return name(item.map(CatalogItem::name), code);
    }

    private static String name(java.util.Optional<String> name, String code) {
        return name.orElse(code);
    }

    private static String levels(Map<String, Integer> levels) {
        return new TreeMap<>(levels).entrySet().stream()
                .map(e -> item(TrainingCatalog.competency(e.getKey()), e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
