package org.cartledger.query.cohort;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.cartledger.api.cohort.CohortMemberView;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.enrollment.TraineeEnrolledEvent;
import org.cartledger.api.enrollment.Track;

@Entity
@Table(name = "cohort_member")
class CohortMember {

    @Id
    private String traineeId;
    private String fullName;
    @Enumerated(EnumType.STRING)
    private Track track;
    @Enumerated(EnumType.STRING)
    private TraineeStatus status;
    private LocalDate startDate;
    private LocalDate endDate;
    private String mentorId;
    private Instant enrolledAt;
    private Instant closedAt;

    protected CohortMember() {
    }

    CohortMember(TraineeEnrolledEvent event) {
        traineeId = event.traineeId();
        fullName = event.fullName();
        track = event.track();
        status = TraineeStatus.ENROLLED;
        startDate = event.startDate();
        endDate = event.endDate();
        mentorId = event.mentorId();
        enrolledAt = event.occurredAt();
    }

    void extendTo(LocalDate newEndDate) {
        endDate = newEndDate;
    }

    void close(TraineeStatus closedStatus, Instant at) {
        status = closedStatus;
        closedAt = at;
    }

    CohortMemberView toView() {
        return new CohortMemberView(traineeId, fullName, track, status, startDate, endDate, mentorId, enrolledAt, closedAt);
    }
}
