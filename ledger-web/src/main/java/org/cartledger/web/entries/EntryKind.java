package org.cartledger.web.entries;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.RecordAttendanceCommand;
import org.cartledger.api.activity.RecordProcedureCommand;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.catalog.CatalogItem;
import org.cartledger.api.catalog.TrainingCatalog;
import org.cartledger.api.evaluation.AssessTechnicalCompetencyCommand;
import org.cartledger.api.evaluation.RecordFacultyFeedbackCommand;
import org.cartledger.api.evaluation.RecordRotationEvaluationCommand;
import org.cartledger.api.evaluation.TechnicalArea;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.research.RecordResearchProgressCommand;
import org.cartledger.api.research.ResearchMilestone;

/**
 * The entries faculty log from the trainee's page besides a skill sign-off, each with the command it sends.
 * The signer fields are left out: the record takes the signed-in faculty member, as for the API. Which
 * fields each form has is {@link EntryForms}'s, built from the catalog.
 */
public enum EntryKind {

    PROCEDURE("procedure") {
        @Override
        EntrySender.EntryCommand command(TraineeId traineeId, FilledForm form) {
            return (entryId, at) -> new RecordProcedureCommand(traineeId, entryId, at, form.text("procedure"),
                    form.choice("setting", ProcedureSetting.class), form.choice("supervisionLevel", SupervisionLevel.class),
                    null, form.text("notes"), null);
        }
    },
    ATTENDANCE("attendance") {
        @Override
        EntrySender.EntryCommand command(TraineeId traineeId, FilledForm form) {
            // a topic left in the box after "Presented a case" was unticked (the box is hidden then) is not sent
            boolean presented = form.yes("presentedCase");
            return (entryId, at) -> new RecordAttendanceCommand(traineeId, entryId, at, form.text("activityType"),
                    form.number("durationMinutes"), presented, presented ? form.text("caseTopic") : null, form.text("notes"));
        }
    },
    ROTATION_EVALUATION("rotation-evaluation") {
        @Override
        EntrySender.EntryCommand command(TraineeId traineeId, FilledForm form) {
            // sorted, so that the command prints the same for the same ratings (the request's fingerprint)
            Map<String, Integer> levels = new TreeMap<>();
            for (CatalogItem competency : TrainingCatalog.competencies()) {
                Integer level = form.number(EntryForms.LEVEL_PREFIX + competency.code());
                if (level != null) {
                    levels.put(competency.code(), level);
                }
            }
            return (entryId, at) -> new RecordRotationEvaluationCommand(traineeId, entryId, at, form.text("rotation"), null,
                    levels, form.text("comments"), null);
        }
    },
    FEEDBACK("feedback") {
        @Override
        EntrySender.EntryCommand command(TraineeId traineeId, FilledForm form) {
            return (entryId, at) -> new RecordFacultyFeedbackCommand(traineeId, entryId, at, null, form.text("strengths"),
                    form.text("areasForImprovement"), form.text("careerDevelopment"), null);
        }
    },
    TECHNICAL_ASSESSMENT("technical-assessment") {
        @Override
        EntrySender.EntryCommand command(TraineeId traineeId, FilledForm form) {
            return (entryId, at) -> new AssessTechnicalCompetencyCommand(traineeId, entryId, at, null,
                    form.choice("area", TechnicalArea.class), form.text("procedure"), form.number("level"), form.text("comments"), null);
        }
    },
    RESEARCH("research") {
        @Override
        EntrySender.EntryCommand command(TraineeId traineeId, FilledForm form) {
            return (entryId, at) -> new RecordResearchProgressCommand(traineeId, entryId, at, form.text("projectTitle"),
                    form.choice("milestone", ResearchMilestone.class), form.text("summary"));
        }
    };

    private final String slug;

    EntryKind(String slug) {
        this.slug = slug;
    }

    /** How the kind appears in the page's address. */
    public String slug() {
        return slug;
    }

    public static Optional<EntryKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }

    /** The command a form without problems asks for. */
    abstract EntrySender.EntryCommand command(TraineeId traineeId, FilledForm form);
}
