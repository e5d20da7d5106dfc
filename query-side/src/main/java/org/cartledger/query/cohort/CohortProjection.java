package org.cartledger.query.cohort;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.enrollment.ProgramCompletedEvent;
import org.cartledger.api.enrollment.ProgramExtendedEvent;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.enrollment.TraineeWithdrawnEvent;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.query.processing.Generations;
import org.cartledger.query.processing.IsolatedWrites;
import org.cartledger.query.processing.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One row per trainee in {@code cohort_member}, in the generation being written (see {@link Generations}). */
@Component
@ProcessingGroup(ReadModels.COHORT)
class CohortProjection {

    private final JdbcTemplate jdbc;
    private final Generations generations;
    private final IsolatedWrites writes;

    CohortProjection(JdbcTemplate jdbc, Generations generations, IsolatedWrites writes) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.writes = writes;
    }

    @EventHandler
    void on(TraineeEnrolledEvent event) {
        // an enrollment delivered again keeps the row it made, with whatever changed since
        writes.run(() -> jdbc.update("""
                        insert into cohort_member (generation, trainee_id, full_name, track, status, start_date, end_date,
                                                   mentor_id, enrolled_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                generations.writing(ReadModels.COHORT), event.traineeId().value(), event.fullName(), event.track().name(),
                TraineeStatus.ENROLLED.name(), event.startDate(), event.endDate(), event.mentorId(),
                Timestamp.from(event.occurredAt())));
    }

    @EventHandler
    void on(ProgramExtendedEvent event) {
        writes.run(() -> jdbc.update("update cohort_member set end_date = ? where generation = ? and trainee_id = ?",
                event.newEndDate(), generations.writing(ReadModels.COHORT), event.traineeId().value()));
    }

    @EventHandler
    void on(ProgramCompletedEvent event) {
        close(event.traineeId(), TraineeStatus.COMPLETED, event.occurredAt());
    }

    @EventHandler
    void on(TraineeWithdrawnEvent event) {
        close(event.traineeId(), TraineeStatus.WITHDRAWN, event.occurredAt());
    }

    private void close(TraineeId traineeId, TraineeStatus status, java.time.Instant at) {
        writes.run(() -> jdbc.update("update cohort_member set status = ?, closed_at = ? where generation = ? and trainee_id = ?",
                status.name(), Timestamp.from(at), generations.writing(ReadModels.COHORT), traineeId.value()));
    }

    /** A rebuild: a new, empty generation beside the one served, which readers keep seeing until it is done. */
    @ResetHandler
    void reset() {
        generations.beginRebuild(ReadModels.COHORT, null);
    }
}
