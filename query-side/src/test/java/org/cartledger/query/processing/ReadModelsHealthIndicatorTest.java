package org.cartledger.query.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cartledger.api.ids.TraineeId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** How the read models' processors show in /actuator/health: lag is reported, a stop or an error is judged. */
class ReadModelsHealthIndicatorTest {

    private static ProjectionStatus running(String name, long position, long head) {
        return ProjectionStatus.of(name, true, false, position, head, 4, 4, null);
    }

    @Test
    void readModelsThatAreRunningAreUpWithTheirLagBehindTheStore() {
        Health health = ReadModelsHealthIndicator.of(List.of(running("dashboard", 42, 42), running("transcript", 40, 42)));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(detail(health, "dashboard")).containsEntry("lag", 0L).containsEntry("status", "UP");
        assertThat(detail(health, "transcript"))
                .containsEntry("position", 40L).containsEntry("head", 42L).containsEntry("lag", 2L)
                .containsEntry("segments", 4).containsEntry("allSegments", 4).doesNotContainKey("error");
    }

    @Test
    void aReadModelIsCaughtUpOnlyWhenItHoldsEverySegment() {
        assertThat(running("dashboard", 42, 42).caughtUp()).isTrue();
        // the others still claimed by a process that was killed: this one has not read them
        assertThat(ProjectionStatus.of("dashboard", true, false, 42, 42, 2, 4, null).caughtUp()).isFalse();
    }

    @Test
    void aReadModelBeforeItsFirstEventInAnEmptyStoreIsNotBehind() {
        assertThat(running("cohort", -1, -1).lag()).isZero();
        assertThat(running("cohort", -1, 9).lag()).isEqualTo(10);
    }

    @Test
    void aReadModelWithNothingLeftToHandleIsCaughtUpThoughItsPositionIsBehindTheHead() {
        // Axon Server sent the cohort nothing after its last enrollment: position 30, head 42, lag 0
        ProjectionStatus cohort = ProjectionStatus.of("cohort", true, false, 30, 42, 0, 4, 4, 0, null, List.of(), null);

        assertThat(cohort.caughtUp()).isTrue();
        assertThat(cohort.readUpToHead()).isTrue();
        assertThat(detail(ReadModelsHealthIndicator.of(List.of(cohort)), "cohort"))
                .containsEntry("position", 30L).containsEntry("head", 42L).containsEntry("lag", 0L);
        assertThat(ProjectionStatus.of("cohort", true, false, 30, 42, 5, 4, 4, 0, null, List.of(), null).caughtUp()).isFalse();
    }

    @Test
    void aQuerySideHoldingNoSegmentSaysAnotherReadsItAndClaimsNoPosition() {
        ProjectionStatus elsewhere = ProjectionStatus.of("dashboard", true, false, -1, 42, 42, 0, 4, 4, null, List.of(), null);

        assertThat(elsewhere.position()).isNull();
        assertThat(elsewhere.lag()).isNull();
        assertThat(elsewhere.caughtUp()).as("not false: for the process that reads it to say").isNull();
        assertThat(elsewhere.readUpToHead()).isFalse();
        Health health = ReadModelsHealthIndicator.of(List.of(elsewhere));
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(detail(health, "dashboard")).doesNotContainKeys("position", "lag")
                .containsEntry("segments", 0).containsEntry("segmentsElsewhere", 4)
                .hasEntrySatisfying("readBy", readBy -> assertThat((String) readBy).startsWith("another process"));
    }

    @Test
    void aReadModelThatIsNotRunningIsOutOfService() {
        Health health = ReadModelsHealthIndicator.of(List.of(running("dashboard", 42, 42),
                ProjectionStatus.of("cohort", false, false, 30, 42, 0, 4, null)));

        assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(detail(health, "cohort")).containsEntry("status", "OUT_OF_SERVICE").containsEntry("segments", 0)
                .doesNotContainKeys("position", "lag");
        assertThat(detail(health, "dashboard")).containsEntry("status", "UP");
    }

    @Test
    void aReadModelStoppedOnAnErrorIsDownAndSaysWhy() {
        Health health = ReadModelsHealthIndicator.of(List.of(
                ProjectionStatus.of("cohort", false, false, 30, 42, 0, 4, null),
                ProjectionStatus.of("transcript", true, false, 30, 42, 4, 4, "DataIntegrityViolationException: duplicate key")));

        assertThat(health.getStatus()).as("DOWN outranks OUT_OF_SERVICE").isEqualTo(Status.DOWN);
        assertThat(detail(health, "transcript"))
                .containsEntry("status", "DOWN").containsEntry("error", "DataIntegrityViolationException: duplicate key");
    }

    @Test
    void aReadModelHoldingBackATraineesEntriesIsDownAndNamesTheTraineeTheEntryAndTheError() {
        StuckTrainee stuck = new StuckTrainee(new TraineeId("F-NUL-1"), 17L, "entry-17", "DataIntegrityViolationException: 0x00",
                Instant.parse("2026-03-01T08:00:00Z"), 3);
        Health health = ReadModelsHealthIndicator.of(List.of(running("dashboard", 42, 42),
                ProjectionStatus.of("cohort", true, false, 42, 42, 4, 4, null, List.of(stuck), null)));

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(detail(health, "cohort")).containsEntry("status", "DOWN").containsEntry("lag", 0L)
                .containsEntry("stuck", List.of(stuck));
        assertThat(detail(health, "dashboard")).containsEntry("status", "UP").doesNotContainKeys("stuck", "rebuild");
    }

    @Test
    void aRebuildIsReportedWithItsProgressAndIsNotCaughtUpUntilItIsServed() {
        RebuildProgress progress = RebuildProgress.of(2, Instant.parse("2026-03-01T08:00:00Z"), 99, 399,
                Instant.parse("2026-03-01T08:00:10Z"));
        ProjectionStatus rebuilding = ProjectionStatus.of("transcript", true, true, 99, 399, 4, 4, null, List.of(), progress);

        assertThat(progress.eventsPerSecond()).isEqualTo(10.0);
        assertThat(progress.secondsLeft()).isEqualTo(30L);
        assertThat(rebuilding.caughtUp()).isFalse();
        assertThat(ProjectionStatus.of("transcript", true, true, 399, 399, 4, 4, null, List.of(), progress).caughtUp())
                .as("read up to the head, but the old view is still the one served").isFalse();
        Health health = ReadModelsHealthIndicator.of(List.of(rebuilding));
        assertThat(health.getStatus()).as("a rebuild lags on purpose").isEqualTo(Status.UP);
        assertThat(detail(health, "transcript")).containsEntry("rebuild", progress);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> detail(Health health, String readModel) {
        return (Map<String, Object>) health.getDetails().get(readModel);
    }
}
