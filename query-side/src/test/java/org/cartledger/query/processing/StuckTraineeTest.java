package org.cartledger.query.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cartledger.query.LedgerEvents.END;
import static org.cartledger.query.LedgerEvents.START;
import static org.cartledger.query.LedgerEvents.enrolled;
import static org.cartledger.query.LedgerEvents.extended;
import static org.cartledger.query.LedgerEvents.on;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.cartledger.api.cohort.CohortMemberView;
import org.cartledger.api.cohort.CohortView;
import org.cartledger.api.cohort.FindCohortQuery;
import org.cartledger.api.dashboard.FindTraineeDashboardQuery;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.readmodel.Staleness;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.api.recording.Recorder;
import org.cartledger.api.transcript.FindTranscriptQuery;
import org.cartledger.api.transcript.TranscriptView;
import org.cartledger.query.RunningQuerySide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An entry the read models cannot store, met by the processors as they run: that trainee's entries are
 * held back as dead letters and their views say so, everyone else (in the same segment too) stays
 * current, health names the trainee and the error, and once the cause is fixed a retry brings the
 * trainee's views up to date. The failure is a trigger that refuses rows about one trainee, as a
 * column too narrow for an old entry would: something an administrator fixes in the database.
 */
class StuckTraineeTest {

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide(on(5, 15));

    private static final String STUCK = "fellow-stuck";
    private static final LocalDate NEW_END = LocalDate.of(2025, 7, 31);
    private final AtomicLong sequence = new AtomicLong();

    @Test
    void aTraineeTheReadModelsFailOnIsHeldBackAloneSaysSoInEveryViewAndIsCurrentAgainAfterAFixAndARetry() {
        // pooled processors split trainees over 4 segments by the hash of the trainee id: two neighbours
        // share the stuck trainee's segment, two others do not
        List<String> sameSegment = IntStream.range(0, 100).mapToObj(i -> "fellow-" + i)
                .filter(id -> segmentOf(id) == segmentOf(STUCK)).limit(2).toList();
        List<String> otherSegments = IntStream.range(0, 100).mapToObj(i -> "fellow-" + i)
                .filter(id -> segmentOf(id) != segmentOf(STUCK)).limit(2).toList();
        List<String> others = java.util.stream.Stream.concat(sameSegment.stream(), otherSegments.stream()).toList();

        enroll(STUCK);
        others.forEach(this::enroll);
        awaitCaughtUp();
        refuseRowsAbout(STUCK);

        long failedAt = publish(STUCK, extended(STUCK, "entry-stuck-extension", END, NEW_END));
        publish(STUCK, extended(STUCK, "entry-stuck-extension-2", NEW_END, NEW_END.plusDays(7)));
        others.forEach(id -> publish(id, extended(id, "entry-" + id + "-extension", END, NEW_END)));
        awaitCaughtUp();

        // everyone else is current: their extension is in every view, and nothing says stale
        for (String id : others) {
            assertThat(dashboard(id).endDate()).isEqualTo(NEW_END);
            assertThat(dashboard(id).stale()).isNull();
            assertThat(transcript(id).entries()).hasSize(2);
            assertThat(transcript(id).stale()).isNull();
            assertThat(member(id).endDate()).isEqualTo(NEW_END);
            assertThat(member(id).stale()).isNull();
        }
        // the stuck trainee's views show what they had, and say since which entry they are behind and why
        for (Staleness stale : List.of(dashboard(STUCK).stale(), transcript(STUCK).stale(), member(STUCK).stale())) {
            assertThat(stale.reason()).isEqualTo(Staleness.ENTRY_FAILED);
            assertThat(stale.sincePosition()).isEqualTo(failedAt);
            assertThat(stale.sinceEntryId()).isEqualTo("entry-stuck-extension");
            assertThat(stale.error()).contains("rows about fellow-stuck are refused");
            assertThat(stale.entriesWaiting()).isEqualTo(2);
        }
        assertThat(dashboard(STUCK).endDate()).isEqualTo(END);
        assertThat(transcript(STUCK).entries()).hasSize(1);
        assertThat(member(STUCK).endDate()).isEqualTo(END);

        Health down = ReadModelsHealthIndicator.of(querySide.bean(ProjectionRebuilder.class).statuses());
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        for (String readModel : ReadModels.ALL) {
            @SuppressWarnings("unchecked")
            List<StuckTrainee> stuck = (List<StuckTrainee>) ((Map<String, Object>) down.getDetails().get(readModel)).get("stuck");
            assertThat(stuck).singleElement().satisfies(trainee -> {
                assertThat(trainee.traineeId()).isEqualTo(new TraineeId(STUCK));
                assertThat(trainee.error()).contains("rows about fellow-stuck are refused");
            });
            assertThat(querySide.bean(DeadLetters.class).sequences(readModel)).singleElement()
                    .satisfies(letters -> assertThat(letters.letters()).extracting(DeadLetterView::entryId)
                            .containsExactly("entry-stuck-extension", "entry-stuck-extension-2"));
        }

        // a retry before the fix changes nothing, and says so
        RetryOutcome tooEarly = querySide.bean(DeadLetters.class).retry(ReadModels.DASHBOARD, new TraineeId(STUCK));
        assertThat(tooEarly.cleared()).isEmpty();
        assertThat(tooEarly.stillStuck()).singleElement().satisfies(trainee -> assertThat(trainee.entriesWaiting()).isEqualTo(2));
        assertThat(dashboard(STUCK).endDate()).isEqualTo(END);

        allowRowsAbout(STUCK);
        for (String readModel : ReadModels.ALL) {
            RetryOutcome outcome = querySide.bean(DeadLetters.class).retry(readModel, null);
            assertThat(outcome.cleared()).containsExactly(new TraineeId(STUCK));
            assertThat(outcome.stillStuck()).isEmpty();
        }

        assertThat(dashboard(STUCK).endDate()).isEqualTo(NEW_END.plusDays(7));
        assertThat(dashboard(STUCK).stale()).isNull();
        assertThat(transcript(STUCK).entries()).extracting(line -> line.entryId())
                .containsExactly("entry-" + STUCK, "entry-stuck-extension", "entry-stuck-extension-2");
        assertThat(transcript(STUCK).stale()).isNull();
        assertThat(member(STUCK).endDate()).isEqualTo(NEW_END.plusDays(7));
        assertThat(member(STUCK).stale()).isNull();
        assertThat(ReadModelsHealthIndicator.of(querySide.bean(ProjectionRebuilder.class).statuses()).getStatus())
                .isEqualTo(Status.UP);
    }

    @Test
    void aTraineeWhoseEnrollmentFailedIsNamedByTheCohortInsteadOfLeftOut() {
        refuseRowsAbout("fellow-unlisted");
        try {
            enroll("fellow-unlisted");
            awaitCaughtUp();

            CohortView cohort = query(new FindCohortQuery(null, Track.STUDENT), CohortView.class);
            assertThat(cohort.trainees()).extracting(member -> member.traineeId().value()).doesNotContain("fellow-unlisted");
            assertThat(cohort.unlisted()).singleElement().satisfies(unlisted -> {
                assertThat(unlisted.traineeId()).isEqualTo(new TraineeId("fellow-unlisted"));
                assertThat(unlisted.stale().sinceEntryId()).isEqualTo("entry-fellow-unlisted");
            });
        } finally {
            allowRowsAbout("fellow-unlisted");
            querySide.bean(DeadLetters.class).retry(ReadModels.COHORT, new TraineeId("fellow-unlisted"));
        }
        assertThat(query(new FindCohortQuery(null, null), CohortView.class).unlisted()).isEmpty();
    }

    private static int segmentOf(String traineeId) {
        return traineeId.hashCode() & (ProcessingConfiguration.SEGMENTS - 1);
    }

    private void enroll(String traineeId) {
        publish(traineeId, enrolled(traineeId, "entry-" + traineeId, "Trainee " + traineeId, Track.FELLOW, START, END));
    }

    /** Appends the event to the store as the command side would, bypassing it; returns its ledger position. */
    private long publish(String traineeId, LedgerEntryEvent event) {
        EventStore store = querySide.bean(EventStore.class);
        store.publish(new GenericDomainEventMessage<>("TraineeRecord", traineeId, sequence.getAndIncrement(), event,
                MetaData.with(Recorder.ID_KEY, "coord-li").and(Recorder.ROLE_KEY, "COORDINATOR")));
        return store.createHeadToken().position().orElseThrow();
    }

    private static void awaitCaughtUp() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (querySide.bean(ProjectionRebuilder.class).statuses().stream().allMatch(status -> Boolean.TRUE.equals(status.caughtUp()))) {
                return;
            }
            sleep();
        }
        throw new AssertionError("Not caught up: " + querySide.bean(ProjectionRebuilder.class).statuses());
    }

    private static void refuseRowsAbout(String traineeId) {
        JdbcTemplate jdbc = querySide.bean(JdbcTemplate.class);
        jdbc.execute("""
                create or replace function refuse_rows() returns trigger language plpgsql as $$
                begin
                  if new.trainee_id = '%s' then raise exception 'rows about %s are refused'; end if;
                  return new;
                end $$""".formatted(traineeId, traineeId));
        for (String table : ReadModels.TABLES.values().stream().flatMap(List::stream).toList()) {
            jdbc.execute("create trigger refuse_rows before insert or update on " + table
                    + " for each row execute function refuse_rows()");
        }
    }

    private static void allowRowsAbout(String traineeId) {
        JdbcTemplate jdbc = querySide.bean(JdbcTemplate.class);
        for (String table : ReadModels.TABLES.values().stream().flatMap(List::stream).toList()) {
            jdbc.execute("drop trigger refuse_rows on " + table);
        }
    }

    private static TraineeDashboardView dashboard(String traineeId) {
        return querySide.bean(QueryGateway.class).query(new FindTraineeDashboardQuery(new TraineeId(traineeId)),
                ResponseTypes.optionalInstanceOf(TraineeDashboardView.class)).join().orElseThrow();
    }

    private static TranscriptView transcript(String traineeId) {
        return querySide.bean(QueryGateway.class).query(new FindTranscriptQuery(new TraineeId(traineeId)),
                ResponseTypes.optionalInstanceOf(TranscriptView.class)).join().orElseThrow();
    }

    private static CohortMemberView member(String traineeId) {
        return query(new FindCohortQuery(null, null), CohortView.class).trainees().stream()
                .filter(member -> member.traineeId().value().equals(traineeId)).findFirst().orElseThrow();
    }

    private static <T> T query(Object query, Class<T> type) {
        return querySide.bean(QueryGateway.class).query(query, ResponseTypes.instanceOf(type)).join();
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
