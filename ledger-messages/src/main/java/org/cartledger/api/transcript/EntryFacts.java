package org.cartledger.api.transcript;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
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
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.requirements.TraineeMovedToRequirementSetEvent;
import org.cartledger.api.research.ResearchProgressRecordedEvent;

/**
 * What a transcript line's summary says, as facts rather than words ({@link TranscriptEntryView#facts()}), so that
 * a page can say it in its own language: each fact is named as the event's field and holds its stored form (a
 * catalog item's or a fixed set's code, a date as ISO 8601, a number in digits, free text as typed). A fact the
 * entry does not have is left out; a rotation evaluation's levels are {@code milestoneLevel.<competency code>}.
 * The same facts as the English summary the transcript keeps, no more: notes and comments stay out of it as
 * they stay out of the summary.
 */
public final class EntryFacts {

    /** The prefix of a rotation evaluation's milestone levels, one fact per rated competency. */
    public static final String MILESTONE_LEVEL = "milestoneLevel.";

    private EntryFacts() {
    }

    public static Map<String, String> of(LedgerEntryEvent event) {
        Map<String, String> facts = new TreeMap<>();
        event.accept(new Collector(facts));
        facts.values().removeIf(value -> value == null);
        return Collections.unmodifiableMap(facts);
    }

    /** Puts each kind's facts, nulls included; {@link #of} drops the nulls once, for all kinds. */
    private record Collector(Map<String, String> facts) implements LedgerEntryEvent.Visitor<Void> {

        @Override
        public Void visit(TraineeEnrolledEvent e) {
            put("fullName", e.fullName(), "track", e.track(), "startDate", e.startDate(), "endDate", e.endDate(),
                    "mentorId", e.mentorId());
            if (e.lengthApproval() != null) {
                put("lengthApprovedBy", e.lengthApproval().approvedBy(), "lengthReason", e.lengthApproval().reason());
            }
            return null;
        }

        @Override
        public Void visit(ProgramExtendedEvent e) {
            return put("previousEndDate", e.previousEndDate(), "newEndDate", e.newEndDate(), "approvedBy", e.approvedBy(),
                    "reason", e.reason());
        }

        @Override
        public Void visit(ProgramCompletedEvent e) {
            put("summary", e.summary());
            if (e.waiver() != null) {
                put("waiverApprovedBy", e.waiver().approvedBy(), "waiverReason", e.waiver().reason());
            }
            return null;
        }

        @Override
        public Void visit(TraineeWithdrawnEvent e) {
            return put("reason", e.reason());
        }

        @Override
        public Void visit(AttendanceRecordedEvent e) {
            put("activityType", e.activityType(), "durationMinutes", e.durationMinutes());
            if (e.presentedCase()) {
                put("presentedCase", true, "caseTopic", e.caseTopic());
            }
            return null;
        }

        @Override
        public Void visit(ProcedureRecordedEvent e) {
            return put("procedure", e.procedure(), "setting", e.setting(), "supervisionLevel", e.supervisionLevel(),
                    "supervisorId", e.supervisorId(), "onBehalfOf", e.onBehalfOf());
        }

        @Override
        public Void visit(SkillSignedOffEvent e) {
            return put("skill", e.skill(), "signedOffBy", e.signedOffBy(), "onBehalfOf", e.onBehalfOf());
        }

        @Override
        public Void visit(ResearchProgressRecordedEvent e) {
            return put("projectTitle", e.projectTitle(), "milestone", e.milestone(), "summary", e.summary());
        }

        @Override
        public Void visit(RotationEvaluationRecordedEvent e) {
            put("rotation", e.rotation(), "evaluatorId", e.evaluatorId(), "onBehalfOf", e.onBehalfOf());
            e.milestoneLevels().forEach((competency, level) -> put(MILESTONE_LEVEL + competency, level));
            return null;
        }

        @Override
        public Void visit(FacultyFeedbackRecordedEvent e) {
            return put("facultyId", e.facultyId(), "onBehalfOf", e.onBehalfOf());
        }

        @Override
        public Void visit(TechnicalCompetencyAssessedEvent e) {
            return put("area", e.area(), "procedure", e.procedure(), "level", e.level(), "assessorId", e.assessorId(),
                    "onBehalfOf", e.onBehalfOf());
        }

        @Override
        public Void visit(CommitteeReviewRecordedEvent e) {
            return put("reviewMonth", e.reviewMonth(), "decision", e.decision(), "autonomyGranted", e.autonomyGranted());
        }

        @Override
        public Void visit(EntryCorrectedEvent e) {
            return put("correctedEntryId", e.correctedEntryId(), "replacementEntryId", e.replacementEntryId(),
                    "reason", e.reason());
        }

        @Override
        public Void visit(TraineeMovedToRequirementSetEvent e) {
            return put("version", e.version(), "reason", e.reason());
        }

        /** Name, value, name, value...: each value in its stored form (an enum's name, a date's ISO form). */
        private Void put(Object... namesAndValues) {
            for (int i = 0; i < namesAndValues.length; i += 2) {
                Object value = namesAndValues[i + 1];
                facts.put((String) namesAndValues[i], value == null ? null : value instanceof Enum<?> constant
                        ? constant.name() : value.toString());
            }
            return null;
        }
    }
}
