package org.cartledger.api.recording;

import java.time.Instant;
import org.cartledger.api.activity.AttendanceRecordedEvent;
import org.cartledger.api.activity.ProcedureRecordedEvent;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.api.committee.CommitteeReviewRecordedEvent;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.enrollment.ProgramCompletedEvent;
import org.cartledger.api.enrollment.ProgramExtendedEvent;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.enrollment.TraineeWithdrawnEvent;
import org.cartledger.api.evaluation.FacultyFeedbackRecordedEvent;
import org.cartledger.api.evaluation.RotationEvaluationRecordedEvent;
import org.cartledger.api.evaluation.TechnicalCompetencyAssessedEvent;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.requirements.TraineeMovedToRequirementSetEvent;
import org.cartledger.api.research.ResearchProgressRecordedEvent;

/**
 * What every event in a trainee's record has in common. The recorder (who wrote the entry, and
 * when) is not here: it travels in the event's metadata, put there by the server, so that a
 * request can never claim to be someone else.
 *
 * <p>Sealed over the ledger's event records (across their packages, which is why this module is a
 * Java module), and every fold over them is a {@link Visitor}: a new kind of entry does not compile
 * until every fold says what it does with it.
 */
public sealed interface LedgerEntryEvent permits
        TraineeEnrolledEvent, ProgramExtendedEvent, ProgramCompletedEvent, TraineeWithdrawnEvent,
        AttendanceRecordedEvent, ProcedureRecordedEvent, SkillSignedOffEvent, ResearchProgressRecordedEvent,
        RotationEvaluationRecordedEvent, FacultyFeedbackRecordedEvent, TechnicalCompetencyAssessedEvent,
        CommitteeReviewRecordedEvent, EntryCorrectedEvent, TraineeMovedToRequirementSetEvent {

    /** The trainee whose record this entry belongs to (the aggregate identifier). */
    TraineeId traineeId();

    /** This entry's own identifier, the one a correction names. */
    String entryId();

    /** When the thing happened in the world (not when it was written down). */
    Instant occurredAt();

    /** Hands this entry to the visitor's method for its kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * The entry's type as transcripts and replays name it: the event's name without "Event", e.g.
     * SkillSignedOff. Static, so that it is never mistaken for a field of the event.
     */
    static String typeName(LedgerEntryEvent event) {
        String name = event.getClass().getSimpleName();
        return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
    }

    /** A fold over entries: one method per kind of entry, and no default, so none is forgotten. */
    interface Visitor<R> {

        R visit(TraineeEnrolledEvent event);

        R visit(ProgramExtendedEvent event);

        R visit(ProgramCompletedEvent event);

        R visit(TraineeWithdrawnEvent event);

        R visit(AttendanceRecordedEvent event);

        R visit(ProcedureRecordedEvent event);

        R visit(SkillSignedOffEvent event);

        R visit(ResearchProgressRecordedEvent event);

        R visit(RotationEvaluationRecordedEvent event);

        R visit(FacultyFeedbackRecordedEvent event);

        R visit(TechnicalCompetencyAssessedEvent event);

        R visit(CommitteeReviewRecordedEvent event);

        R visit(EntryCorrectedEvent event);

        R visit(TraineeMovedToRequirementSetEvent event);
    }
}
