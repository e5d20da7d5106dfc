package org.cartledger.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.api.activity.AttendanceRecordedEvent;
import org.cartledger.api.activity.SkillSignedOffEvent;
import org.cartledger.api.correction.EntryCorrectedEvent;
import org.cartledger.api.enrollment.EligibilityEvidence;
import org.cartledger.api.enrollment.ProgramExtendedEvent;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.requirements.RequirementProgress;
import org.cartledger.api.requirements.RequirementProgress.Basis;
import org.cartledger.api.requirements.RequirementSet;
import org.cartledger.api.requirements.RequirementSetView;
import org.cartledger.api.requirements.TraineeMovedToRequirementSetEvent;
import org.cartledger.audit.entries.RecordedEntry;
import org.junit.jupiter.api.Test;

/**
 * Which entries each kind of cut keeps, and the dashboard the live fold makes of them: a fellow in the
 * Shanghai program from 3 March to 30 June 2025, whose entries are recorded in a different order from
 * the one they happened in.
 */
class ReplayCutTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String T = "fellow-2025-017";
    private static final LocalDate START = LocalDate.of(2025, 3, 3);
    private static final LocalDate END = LocalDate.of(2025, 6, 30);
    private static final Instant T0 = Instant.parse("2025-03-20T02:00:00Z");

    private final List<RecordedEntry> ledger = new ArrayList<>();

    /** Appends an event to the test ledger: position n + 1, recorded n minutes after T0. */
    private RecordedEntry record(LedgerEntryEvent event) {
        int n = ledger.size();
        RecordedEntry entry = new RecordedEntry(n + 1L, T0.plusSeconds(60L * n), event, "fac-wang", "FACULTY", new byte[0]);
        ledger.add(entry);
        return entry;
    }

    private static Instant on(int month, int day) {
        return LocalDate.of(2025, month, day).atTime(10, 0).atZone(ZONE).toInstant();
    }

    private RecordedEntry enrolledOn(Instant occurredAt) {
        return record(new TraineeEnrolledEvent(new TraineeId(T), "enrollment", occurredAt, "Lin Mei", Track.FELLOW,
                new EligibilityEvidence("PUMCH", null, LocalDate.of(2024, 6, 30), null, null, null),
                START, END, ZONE.getId(), "mentor-wang", null));
    }

    private RecordedEntry skill(String entryId, Instant occurredAt) {
        return record(new SkillSignedOffEvent(new TraineeId(T), entryId, occurredAt, "CRS_MANAGEMENT", "fac-wang", null));
    }

    private RecordedEntry rounds(String entryId, Instant occurredAt) {
        return record(new AttendanceRecordedEvent(new TraineeId(T), entryId, occurredAt, "DAILY_CLINICAL_ROUNDS", 60, false, null, null));
    }

    private RecordedEntry correction(String entryId, Instant occurredAt, String correctedEntryId) {
        return record(new EntryCorrectedEvent(new TraineeId(T), entryId, occurredAt, correctedEntryId, "Wrong trainee", null));
    }

    private List<String> ids(List<RecordedEntry> entries) {
        return entries.stream().map(RecordedEntry::entryId).toList();
    }

    @Test
    void aRecordedCutKeepsWhatWasRecordedUpToAndIncludingTheInstant() {
        enrolledOn(on(3, 1));
        RecordedEntry skill = skill("skill", on(3, 5));
        rounds("rounds", on(3, 4));

        assertThat(ids(new Cut.RecordedBy(skill.recordedAt()).select(ledger, ZONE))).containsExactly("enrollment", "skill");
        assertThat(ids(new Cut.RecordedBy(skill.recordedAt().minusNanos(1)).select(ledger, ZONE))).containsExactly("enrollment");
    }

    @Test
    void aPositionCutKeepsWhatIsAtOrBeforeThePosition() {
        enrolledOn(on(3, 1));
        skill("skill", on(3, 5));
        rounds("rounds", on(3, 4));

        assertThat(ids(new Cut.AtPosition(2, T0).select(ledger, ZONE))).containsExactly("enrollment", "skill");
    }

    @Test
    void aRecordedOrPositionCutIgnoresACorrectionRecordedAfterIt() {
        enrolledOn(on(3, 1));
        RecordedEntry rounds = rounds("rounds", on(3, 4));
        correction("correction", on(3, 4), "rounds");

        ReplayedRecord record = ReplayedRecord.of(new TraineeId(T), ledger).orElseThrow();
        TraineeDashboardView asRecorded = record.dashboardAsOf(new Cut.RecordedBy(rounds.recordedAt())).orElseThrow();
        TraineeDashboardView atPosition = record.dashboardAsOf(new Cut.AtPosition(rounds.ledgerPosition(), rounds.recordedAt())).orElseThrow();

        assertThat(asRecorded.entriesCorrected()).isZero();
        assertThat(asRecorded.attendance().get(1).attended()).isEqualTo(1);
        assertThat(atPosition).isEqualTo(asRecorded);
    }

    @Test
    void anOccurredCutKeepsWhatHappenedByThenEvenWhenRecordedLater() {
        enrolledOn(on(3, 1));
        skill("late-happening", on(3, 20));
        rounds("early-happening", on(3, 4));
        skill("on-the-day", LocalDate.of(2025, 3, 10).atTime(23, 59).atZone(ZONE).toInstant());

        assertThat(ids(new Cut.OccurredBy(LocalDate.of(2025, 3, 10)).select(ledger, ZONE)))
                .containsExactly("enrollment", "early-happening", "on-the-day");
    }

    @Test
    void anOccurredCutAppliesEveryCorrectionOfAnIncludedEntryWheneverItWasRecorded() {
        enrolledOn(on(3, 1));
        rounds("rounds", on(3, 4));
        skill("skill", on(3, 20));
        correction("corrects-rounds", on(4, 2), "rounds");
        correction("corrects-skill", on(3, 5), "skill");

        List<RecordedEntry> selected = new Cut.OccurredBy(LocalDate.of(2025, 3, 10)).select(ledger, ZONE);

        // the correction of a left-out entry is left out with it, whatever its own date
        assertThat(ids(selected)).containsExactly("enrollment", "rounds", "corrects-rounds");
        TraineeDashboardView view = ReplayedRecord.of(new TraineeId(T), ledger).orElseThrow()
                .dashboardAsOf(new Cut.OccurredBy(LocalDate.of(2025, 3, 10))).orElseThrow();
        assertThat(view.attendance().get(1).attended()).isZero();
        assertThat(view.entriesCorrected()).isEqualTo(1);
        assertThat(view.entriesCounted()).as("the enrollment and the correction itself").isEqualTo(2);
    }

    @Test
    void anOccurredCutKeepsAnEnrollmentDatedAfterItButNotALaterExtension() {
        enrolledOn(on(3, 12));
        rounds("rounds", on(3, 4));
        record(new ProgramExtendedEvent(new TraineeId(T), "extension", on(3, 15), END, END.plusMonths(1), "Research", "director-zhao"));

        TraineeDashboardView view = ReplayedRecord.of(new TraineeId(T), ledger).orElseThrow()
                .dashboardAsOf(new Cut.OccurredBy(LocalDate.of(2025, 3, 10))).orElseThrow();

        assertThat(view.endDate()).isEqualTo(END);
        assertThat(view.attendance().get(1).attended()).isEqualTo(1);
    }

    @Test
    void theDashboardAsOfACutReadsTheDaysAsOnTheCutsOwnDay() {
        enrolledOn(on(3, 1));
        RecordedEntry rounds = rounds("rounds", on(3, 4));
        ReplayedRecord record = ReplayedRecord.of(new TraineeId(T), ledger).orElseThrow();

        TraineeDashboardView occurred = record.dashboardAsOf(new Cut.OccurredBy(LocalDate.of(2025, 3, 12))).orElseThrow();
        TraineeDashboardView recorded = record.dashboardAsOf(new Cut.RecordedBy(rounds.recordedAt())).orElseThrow();

        assertThat(occurred.today()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(occurred.programDaysDone()).isEqualTo(10);
        assertThat(occurred.programDaysLeft()).isEqualTo(110);
        assertThat(recorded.today()).isEqualTo(LocalDate.of(2025, 3, 20));
    }

    @Test
    void thereIsNoRecordAtACutBeforeTheEnrollment() {
        RecordedEntry enrollment = enrolledOn(on(2, 20));
        ReplayedRecord record = ReplayedRecord.of(new TraineeId(T), ledger).orElseThrow();

        assertThat(record.dashboardAsOf(new Cut.AtPosition(enrollment.ledgerPosition() - 1, T0))).isEmpty();
        assertThat(record.dashboardAsOf(new Cut.RecordedBy(enrollment.recordedAt().minusMillis(1)))).isEmpty();
        assertThat(record.dashboardAsOf(new Cut.OccurredBy(LocalDate.of(2025, 2, 19)))).isEmpty();
        assertThat(record.dashboardAsOf(new Cut.OccurredBy(LocalDate.of(2025, 2, 20)))).isPresent();
    }

    @Test
    void anEnrollmentRecordedAfterTheProgramStartedStillHasARecordFromTheStartDate() {
        enrolledOn(on(3, 12));
        ReplayedRecord record = ReplayedRecord.of(new TraineeId(T), ledger).orElseThrow();

        assertThat(record.dashboardAsOf(new Cut.OccurredBy(START))).isPresent();
        assertThat(record.dashboardAsOf(new Cut.OccurredBy(START.minusDays(1)))).isEmpty();
    }

    @Test
    void aDashboardAsOfACutIsMeasuredAgainstTheRequirementSetsOnRecordByThen() {
        // v1 at position 1; the enrollment at 2, a sign-off at 3; v2 at 4; the committee moves the trainee to v2 at 5
        RequirementSetView v1 = set(1, 1, T0);
        RequirementSetView v2 = set(2, 4, T0.plusSeconds(180));
        ledger.add(new RecordedEntry(2, T0.plusSeconds(60), new TraineeEnrolledEvent(new TraineeId(T), "enrollment", on(3, 1),
                "Lin Mei", Track.FELLOW, new EligibilityEvidence("PUMCH", null, LocalDate.of(2024, 6, 30), null, null, null),
                START, END, ZONE.getId(), "mentor-wang", null), "coord-li", "COORDINATOR", new byte[0]));
        ledger.add(new RecordedEntry(3, T0.plusSeconds(120), new SkillSignedOffEvent(new TraineeId(T), "skill", on(3, 5),
                "CRS_MANAGEMENT", "fac-wang", null), "fac-wang", "FACULTY", new byte[0]));
        ledger.add(new RecordedEntry(5, T0.plusSeconds(240), new TraineeMovedToRequirementSetEvent(new TraineeId(T), "move",
                on(3, 20), 2, "Adopts the revised set"), "com-zhou", "COMMITTEE", new byte[0]));
        ReplayedRecord record = ReplayedRecord.of(new TraineeId(T), ledger, track -> List.of(v1, v2)).orElseThrow();

        assertThat(progressAsOf(record, new Cut.AtPosition(3, T0.plusSeconds(120)))).extracting("version", "basis")
                .containsExactly(1, Basis.IN_FORCE_AT_ENROLLMENT);
        assertThat(progressAsOf(record, new Cut.AtPosition(4, T0.plusSeconds(180)))).as("v2 on record, but recorded after the enrollment")
                .extracting("version", "basis").containsExactly(1, Basis.IN_FORCE_AT_ENROLLMENT);
        assertThat(progressAsOf(record, new Cut.AtPosition(5, T0.plusSeconds(240)))).extracting("version", "basis")
                .containsExactly(2, Basis.MOVED_BY_COMMITTEE);
        assertThat(progressAsOf(record, new Cut.RecordedBy(T0.plusSeconds(179)))).extracting("version").isEqualTo(1);
        assertThat(progressAsOf(record, new Cut.OccurredBy(LocalDate.of(2025, 3, 19)))).as("no set recorded by that day").isNull();
        assertThat(record.dashboardOn(LocalDate.of(2025, 3, 21)).progress().version()).isEqualTo(2);
    }

    private static RequirementSetView set(int version, long position, Instant recordedAt) {
        return new RequirementSetView(Track.FELLOW, version, LocalDate.of(2025, 1, 1), new RequirementSet(List.of(),
                List.of("CRS_MANAGEMENT"), List.of(), List.of(), 0, 0), "test", "set-" + version, recordedAt, recordedAt,
                "coord-li", position);
    }

    private static RequirementProgress progressAsOf(ReplayedRecord record, Cut cut) {
        return record.dashboardAsOf(cut).orElseThrow().progress();
    }
}
