package org.cartledger.query.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cartledger.query.LedgerEvents.ENROLLED_AT;
import static org.cartledger.query.LedgerEvents.ENROLLMENT_ENTRY;
import static org.cartledger.query.LedgerEvents.TRAINEE_ID;
import static org.cartledger.query.LedgerEvents.attended;
import static org.cartledger.query.LedgerEvents.corrected;
import static org.cartledger.query.LedgerEvents.enrolled;
import static org.cartledger.query.LedgerEvents.on;
import static org.cartledger.query.LedgerEvents.completed;
import static org.cartledger.query.LedgerEvents.evaluated;
import static org.cartledger.query.LedgerEvents.extended;
import static org.cartledger.query.LedgerEvents.feedback;
import static org.cartledger.query.LedgerEvents.performed;
import static org.cartledger.query.LedgerEvents.researched;
import static org.cartledger.query.LedgerEvents.reviewed;
import static org.cartledger.query.LedgerEvents.skillSignedOff;
import static org.cartledger.query.LedgerEvents.withdrawn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.cartledger.api.activity.ProcedureSetting;
import org.cartledger.api.activity.SupervisionLevel;
import org.cartledger.api.committee.AutonomyLevel;
import org.cartledger.api.committee.CommitteeDecision;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.evaluation.TechnicalArea;
import org.cartledger.api.evaluation.TechnicalCompetencyAssessedEvent;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.readmodel.Staleness;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.requirements.TraineeMovedToRequirementSetEvent;
import org.cartledger.api.research.ResearchMilestone;
import org.cartledger.api.transcript.FindTranscriptQuery;
import org.cartledger.api.transcript.TranscriptEntryView;
import org.cartledger.api.transcript.TranscriptView;
import org.cartledger.query.RunningQuerySide;
import org.cartledger.query.processing.Generations;
import org.cartledger.query.processing.ReadModels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The transcript read model in PostgreSQL: one line per entry, in ledger order, corrections linked both ways. */
class TranscriptProjectionTest {

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide(on(5, 15));

    private static final String COORDINATOR = "coordinator-li";
    private static final String FACULTY = "dr-zhou";

    private TranscriptProjection projection;
    private TranscriptQueryHandler queries;

    @BeforeEach
    void setUp() {
        querySide.emptyReadModels();
        projection = querySide.bean(TranscriptProjection.class);
        queries = querySide.bean(TranscriptQueryHandler.class);
    }

    @Test
    void writesALineWithWhenAndByWhomTheEntryWasRecorded() {
        record(enrolled(), 1, recordedAt(2, 20), COORDINATOR, "COORDINATOR");

        assertThat(transcript(TRAINEE_ID).orElseThrow().entries()).containsExactly(new TranscriptEntryView(1,
                ENROLLMENT_ENTRY, "TraineeEnrolled", ENROLLED_AT, recordedAt(2, 20), COORDINATOR, "COORDINATOR",
                "Enrolled Lin Mei as FELLOW, 2025-03-03 to 2025-06-30, mentor mentor-wang",
                null, null, null, null, Map.of("fullName", "Lin Mei", "track", "FELLOW", "startDate", "2025-03-03",
                "endDate", "2025-06-30", "mentorId", "mentor-wang")));
    }

    /** The facts a page words the entry from, in its own language: each kind's, as the event holds them. */
    @Test
    void keepsTheFactsOfEveryKindOfEntryBesideItsSummary() {
        List<LedgerEntryEvent> everyKind = List.of(enrolled(),
                extended("entry-extension", LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 31)),
                attended("entry-rounds", "GRAND_ROUNDS", true),
                performed("entry-infusion", "CAR_T_INFUSION_INTRAVENOUS", ProcedureSetting.CLINICAL, SupervisionLevel.DIRECT_SUPERVISION),
                skillSignedOff("entry-crs", on(4, 2), "CRS_MANAGEMENT"),
                researched("entry-research", on(4, 12), "CRS in solid tumours", ResearchMilestone.PROJECT_STARTED),
                evaluated("entry-rotation", on(4, 13), Map.of("PATIENT_CARE", 2, "MEDICAL_KNOWLEDGE", 3)),
                feedback("entry-feedback", on(4, 14)),
                new TechnicalCompetencyAssessedEvent(new TraineeId(TRAINEE_ID), "entry-technical", on(4, 15), FACULTY,
                        TechnicalArea.PROCEDURES, "CAR_T_INFUSION_LOCAL", 3, null, "dr-li"),
                reviewed("entry-review", on(4, 30), YearMonth.of(2025, 4), CommitteeDecision.ON_TRACK, AutonomyLevel.DIRECT_SUPERVISION),
                corrected("entry-fix", "entry-crs", "Wrong skill", null),
                new TraineeMovedToRequirementSetEvent(new TraineeId(TRAINEE_ID), "entry-move", on(5, 2), 2, "Revised minimums"),
                completed("entry-completed", on(6, 30)),
                withdrawn("entry-withdrawn", on(6, 30)));
        assertThat(everyKind).<Class<?>>extracting(event -> event.getClass())
                .containsExactlyInAnyOrder(LedgerEntryEvent.class.getPermittedSubclasses());
        long position = 1;
        for (LedgerEntryEvent event : everyKind) {
            record(event, position++, recordedAt(6, 30), FACULTY, "FACULTY");
        }

        Map<String, Map<String, String>> facts = transcript(TRAINEE_ID).orElseThrow().entries().stream()
                .collect(Collectors.toMap(TranscriptEntryView::entryType, TranscriptEntryView::facts));
        assertThat(facts).containsOnlyKeys(everyKind.stream().map(LedgerEntryEvent::typeName).toList());
        assertThat(facts.get("TraineeEnrolled")).containsEntry("track", "FELLOW").containsEntry("startDate", "2025-03-03");
        assertThat(facts.get("ProgramExtended")).containsExactlyInAnyOrderEntriesOf(Map.of("previousEndDate", "2025-06-30",
                "newEndDate", "2025-07-31", "approvedBy", "director-chen", "reason", "Missed four weeks for illness"));
        assertThat(facts.get("AttendanceRecorded")).containsExactlyInAnyOrderEntriesOf(Map.of("activityType", "GRAND_ROUNDS",
                "durationMinutes", "60", "presentedCase", "true", "caseTopic", "Grade 3 CRS after axi-cel"));
        assertThat(facts.get("ProcedureRecorded")).containsExactlyInAnyOrderEntriesOf(Map.of("procedure", "CAR_T_INFUSION_INTRAVENOUS",
                "setting", "CLINICAL", "supervisionLevel", "DIRECT_SUPERVISION", "supervisorId", "dr-zhou"));
        assertThat(facts.get("SkillSignedOff")).containsExactlyInAnyOrderEntriesOf(Map.of("skill", "CRS_MANAGEMENT",
                "signedOffBy", "dr-zhou"));
        assertThat(facts.get("ResearchProgressRecorded")).containsExactlyInAnyOrderEntriesOf(Map.of("projectTitle",
                "CRS in solid tumours", "milestone", "PROJECT_STARTED"));
        assertThat(facts.get("RotationEvaluationRecorded")).containsExactlyInAnyOrderEntriesOf(Map.of("rotation",
                "Cellular therapy ward", "evaluatorId", "dr-zhou", "milestoneLevel.PATIENT_CARE", "2", "milestoneLevel.MEDICAL_KNOWLEDGE", "3"));
        assertThat(facts.get("FacultyFeedbackRecorded")).containsExactlyInAnyOrderEntriesOf(Map.of("facultyId", "dr-zhou"));
        assertThat(facts.get("TechnicalCompetencyAssessed")).containsExactlyInAnyOrderEntriesOf(Map.of("area", "PROCEDURES",
                "procedure", "CAR_T_INFUSION_LOCAL", "level", "3", "assessorId", FACULTY, "onBehalfOf", "dr-li"));
        assertThat(facts.get("CommitteeReviewRecorded")).containsExactlyInAnyOrderEntriesOf(Map.of("reviewMonth", "2025-04",
                "decision", "ON_TRACK", "autonomyGranted", "DIRECT_SUPERVISION"));
        assertThat(facts.get("EntryCorrected")).containsExactlyInAnyOrderEntriesOf(Map.of("correctedEntryId", "entry-crs",
                "reason", "Wrong skill"));
        assertThat(facts.get("TraineeMovedToRequirementSet")).containsExactlyInAnyOrderEntriesOf(Map.of("version", "2",
                "reason", "Revised minimums"));
        assertThat(facts.get("ProgramCompleted")).containsExactlyInAnyOrderEntriesOf(Map.of("summary", "All requirements met"));
        assertThat(facts.get("TraineeWithdrawn")).containsExactlyInAnyOrderEntriesOf(Map.of("reason", "Moved to another program"));
    }

    @Test
    void listsTheLinesInLedgerOrder() {
        record(enrolled(), 1, recordedAt(2, 20), COORDINATOR, "COORDINATOR");
        record(skillSignedOff("entry-crs", on(4, 2), "CRS_MANAGEMENT"), 8, recordedAt(4, 3), FACULTY, "FACULTY");
        record(attended("entry-rounds", "GRAND_ROUNDS", false), 5, recordedAt(4, 11), FACULTY, "FACULTY");

        assertThat(transcript(TRAINEE_ID).orElseThrow().entries())
                .extracting(TranscriptEntryView::ledgerPosition, TranscriptEntryView::entryId, TranscriptEntryView::entryType)
                .containsExactly(
                        tuple(1L, ENROLLMENT_ENTRY, "TraineeEnrolled"),
                        tuple(5L, "entry-rounds", "AttendanceRecorded"),
                        tuple(8L, "entry-crs", "SkillSignedOff"));
    }

    @Test
    void linksACorrectionAndTheEntryItCorrectsBothWays() {
        record(enrolled(), 1, recordedAt(2, 20), COORDINATOR, "COORDINATOR");
        record(skillSignedOff("entry-wrong", on(4, 2), "CRS_MANAGEMENT"), 2, recordedAt(4, 2), FACULTY, "FACULTY");
        record(skillSignedOff("entry-right", on(4, 2), "TOXICITY_MANAGEMENT"), 3, recordedAt(4, 3), FACULTY, "FACULTY");

        record(corrected("entry-fix", "entry-wrong", "Signed off for the wrong skill", "entry-right"), 4,
                recordedAt(5, 12), COORDINATOR, "COORDINATOR");

        List<TranscriptEntryView> lines = transcript(TRAINEE_ID).orElseThrow().entries();
        TranscriptEntryView wrong = line(lines, "entry-wrong");
        TranscriptEntryView right = line(lines, "entry-right");
        TranscriptEntryView fix = line(lines, "entry-fix");
        assertThat(wrong.correctedByEntryId()).isEqualTo("entry-fix");
        assertThat(wrong.correctionReason()).isEqualTo("Signed off for the wrong skill");
        // the corrected line still says what it recorded, in words and in facts
        assertThat(wrong.facts()).containsEntry("skill", "CRS_MANAGEMENT").containsEntry("signedOffBy", "dr-zhou");
        assertThat(fix.facts()).containsExactlyInAnyOrderEntriesOf(Map.of("correctedEntryId", "entry-wrong",
                "replacementEntryId", "entry-right", "reason", "Signed off for the wrong skill"));
        assertThat(fix.entryType()).isEqualTo("EntryCorrected");
        assertThat(fix.correctsEntryId()).isEqualTo("entry-wrong");
        assertThat(fix.replacementEntryId()).isEqualTo("entry-right");
        assertThat(fix.summary()).isEqualTo("Corrects entry entry-wrong (replaced by entry-right): Signed off for the wrong skill");
        assertThat(right.correctedByEntryId()).isNull();
        assertThat(right.correctsEntryId()).isNull();
        assertThat(fix.correctedByEntryId()).isNull();
    }

    @Test
    void writesAnEventDeliveredTwiceAsOneLine() {
        record(enrolled(), 1, recordedAt(2, 20), COORDINATOR, "COORDINATOR");
        record(skillSignedOff("entry-crs", on(4, 2), "CRS_MANAGEMENT"), 2, recordedAt(4, 2), FACULTY, "FACULTY");

        record(skillSignedOff("entry-crs", on(4, 2), "CRS_MANAGEMENT"), 2, recordedAt(4, 2), FACULTY, "FACULTY");

        assertThat(transcript(TRAINEE_ID).orElseThrow().entries()).extracting(TranscriptEntryView::entryId)
                .containsExactly(ENROLLMENT_ENTRY, "entry-crs");
        assertThat(querySide.rows("transcript_entry")).isEqualTo(2);
    }

    @Test
    void keepsTheLinkWhenACorrectionIsDeliveredTwice() {
        EntryCorrectedEvent correction = corrected("entry-fix", "entry-crs", "Wrong skill", null);
        record(enrolled(), 1, recordedAt(2, 20), COORDINATOR, "COORDINATOR");
        record(skillSignedOff("entry-crs", on(4, 2), "CRS_MANAGEMENT"), 2, recordedAt(4, 2), FACULTY, "FACULTY");
        record(correction, 3, recordedAt(5, 12), COORDINATOR, "COORDINATOR");

        record(correction, 3, recordedAt(5, 12), COORDINATOR, "COORDINATOR");

        List<TranscriptEntryView> lines = transcript(TRAINEE_ID).orElseThrow().entries();
        assertThat(lines).hasSize(3);
        assertThat(line(lines, "entry-crs").correctedByEntryId()).isEqualTo("entry-fix");
    }

    @Test
    void leavesTheRecorderEmptyForAnEventThatCameWithoutOne() {
        record(enrolled(), 1, recordedAt(2, 20), null, null);

        TranscriptEntryView line = transcript(TRAINEE_ID).orElseThrow().entries().get(0);
        assertThat(line.recordedAt()).isEqualTo(recordedAt(2, 20));
        assertThat(line.recorderId()).isNull();
        assertThat(line.recorderRole()).isNull();
    }

    @Test
    void keepsEachTraineesTranscriptApart() {
        String other = "resident-2025-004";
        record(enrolled(), 1, recordedAt(2, 20), COORDINATOR, "COORDINATOR");
        record(enrolled(other, "entry-other-enrollment", "Chen Jie", Track.RESIDENT, LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 6, 27)), 2, recordedAt(2, 21), COORDINATOR, "COORDINATOR");

        assertThat(transcript(TRAINEE_ID).orElseThrow().entries()).extracting(TranscriptEntryView::entryId)
                .containsExactly(ENROLLMENT_ENTRY);
        assertThat(transcript(other).orElseThrow().entries()).extracting(TranscriptEntryView::entryId)
                .containsExactly("entry-other-enrollment");
        assertThat(transcript("nobody")).isEmpty();
    }

    @Test
    void exportsTheStoredTranscriptAsCsv() {
        record(enrolled(), 1, recordedAt(2, 20), COORDINATOR, "COORDINATOR");
        record(skillSignedOff("entry-crs", on(4, 2), "CRS_MANAGEMENT"), 2, recordedAt(4, 2), FACULTY, "FACULTY");

        String csv = TranscriptCsv.of(transcript(TRAINEE_ID).orElseThrow());

        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains("\r\n2,entry-crs,SkillSignedOff,2025-04-02T02:00:00Z,2025-04-02T02:00:00Z,dr-zhou,FACULTY,"
                + "\"Skill signed off: Cytokine release syndrome (CRS) management, by dr-zhou\",,,,\r\n");
    }

    @Test
    void holdsTheLongestRecorderAndReasonTheCommandSideAccepts() {
        String recorderId = "r".repeat(64);
        String reason = "Recorded against the wrong trainee. ".repeat(60).substring(0, 2000);
        record(enrolled(), 1, recordedAt(2, 20), recorderId, "COORDINATOR");
        record(skillSignedOff("entry-crs", on(4, 2), "CRS_MANAGEMENT"), 2, recordedAt(4, 2), recorderId, "FACULTY");

        record(corrected("entry-fix", "entry-crs", reason, null), 3, recordedAt(5, 12), recorderId, "COORDINATOR");

        List<TranscriptEntryView> lines = transcript(TRAINEE_ID).orElseThrow().entries();
        assertThat(line(lines, "entry-crs").correctionReason()).isEqualTo(reason);
        assertThat(line(lines, "entry-fix").summary()).endsWith(reason);
        assertThat(line(lines, "entry-fix").recorderId()).isEqualTo(recorderId);
    }

    @Test
    void aResetBuildsANewGenerationBesideTheServedOneAndReadersSeeTheOldOneUntilTheSwap() {
        record(enrolled(), 1, recordedAt(2, 20), COORDINATOR, "COORDINATOR");
        record(skillSignedOff("entry-crs", on(4, 2), "CRS_MANAGEMENT"), 2, recordedAt(4, 2), FACULTY, "FACULTY");

        projection.reset();
        record(enrolled(), 1, recordedAt(2, 20), COORDINATOR, "COORDINATOR");

        assertThat(querySide.rows("transcript_entry")).isEqualTo(3);
        TranscriptView served = transcript(TRAINEE_ID).orElseThrow();
        assertThat(served.entries()).extracting(TranscriptEntryView::entryId).containsExactly(ENROLLMENT_ENTRY, "entry-crs");
        assertThat(served.stale().reason()).isEqualTo(Staleness.REBUILDING);

        querySide.bean(Generations.class).swap(ReadModels.TRANSCRIPT);

        assertThat(querySide.rows("transcript_entry")).isEqualTo(1);
        TranscriptView rebuilt = transcript(TRAINEE_ID).orElseThrow();
        assertThat(rebuilt.entries()).extracting(TranscriptEntryView::entryId).containsExactly(ENROLLMENT_ENTRY);
        assertThat(rebuilt.stale()).isNull();
    }

    /** As Axon delivers an event: its position, the event's timestamp and the recorder's metadata, in a transaction. */
    private void record(LedgerEntryEvent event, long position, Instant recordedAt, String recorderId, String recorderRole) {
        querySide.inTransaction(() ->
                projection.on(event, GapAwareTrackingToken.newInstance(position, List.of()), recordedAt, recorderId, recorderRole));
    }

    private Optional<TranscriptView> transcript(String traineeId) {
        return queries.handle(new FindTranscriptQuery(new TraineeId(traineeId)));
    }

    private static Instant recordedAt(int month, int day) {
        return on(month, day);
    }

    private static TranscriptEntryView line(List<TranscriptEntryView> lines, String entryId) {
        return lines.stream().filter(line -> line.entryId().equals(entryId)).findFirst().orElseThrow();
    }
}
