package org.cartledger.query.cohort;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.enrollment.ProgramCompletedEvent;
import org.cartledger.api.enrollment.ProgramExtendedEvent;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.enrollment.TraineeWithdrawnEvent;
import org.cartledger.query.processing.ReadModels;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ReadModels.COHORT)
class CohortProjection {

    private final CohortMemberRepository members;

    CohortProjection(CohortMemberRepository members) {
        this.members = members;
    }

    @EventHandler
    void on(TraineeEnrolledEvent event) {
        if (!members.existsById(event.traineeId())) {
            members.save(new CohortMember(event));
        }
    }

    @EventHandler
    void on(ProgramExtendedEvent event) {
        members.findById(event.traineeId()).ifPresent(member -> member.extendTo(event.newEndDate()));
    }

    @EventHandler
    void on(ProgramCompletedEvent event) {
        members.findById(event.traineeId()).ifPresent(member -> member.close(TraineeStatus.COMPLETED, event.occurredAt()));
    }

    @EventHandler
    void on(TraineeWithdrawnEvent event) {
        members.findById(event.traineeId()).ifPresent(member -> member.close(TraineeStatus.WITHDRAWN, event.occurredAt()));
    }

    @ResetHandler
    void reset() {
        members.deleteAllInBatch();
    }
}
