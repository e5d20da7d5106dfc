package org.cartledger.query.cohort;

import java.util.List;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.enrollment.Track;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CohortMemberRepository extends JpaRepository<CohortMember, String> {

    /** A null status or track means "any". */
    @Query("""
            select m from CohortMember m
            where (:status is null or m.status = :status) and (:track is null or m.track = :track)
            order by m.startDate, m.traineeId""")
    List<CohortMember> findFiltered(TraineeStatus status, Track track);
}
