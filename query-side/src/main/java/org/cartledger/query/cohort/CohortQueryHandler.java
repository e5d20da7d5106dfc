package org.cartledger.query.cohort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.cartledger.api.cohort.CohortMemberView;
import org.cartledger.api.cohort.CohortView;
import org.cartledger.api.cohort.CommitteeStanding;
import org.cartledger.api.cohort.FindCohortQuery;
import org.cartledger.api.cohort.TraineeStatus;
import org.cartledger.api.cohort.UnlistedTrainee;
import org.cartledger.api.dashboard.CommitteeStandingsView;
import org.cartledger.api.dashboard.FindCommitteeStandingsQuery;
import org.cartledger.api.enrollment.Track;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.readmodel.Staleness;
import org.cartledger.query.processing.Generations;
import org.cartledger.query.processing.ReadModels;
import org.cartledger.query.processing.StaleViews;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class CohortQueryHandler {

    private final JdbcTemplate jdbc;
    private final StaleViews staleViews;
    private final QueryGateway queries;

    CohortQueryHandler(JdbcTemplate jdbc, StaleViews staleViews, QueryGateway queries) {
        this.jdbc = jdbc;
        this.staleViews = staleViews;
        this.queries = queries;
    }

    /**
     * The served generation's rows, each saying whether it is behind; a trainee the read model is stuck
     * on without a row (their enrollment failed) is named under {@code unlisted}.
     */
    @QueryHandler
    CohortView handle(FindCohortQuery query) {
        StringBuilder sql = new StringBuilder("select m.* from cohort_member m " + Generations.served(ReadModels.COHORT, "m") + " where true");
        List<Object> arguments = new ArrayList<>();
        if (query.status() != null) {
            sql.append(" and m.status = ?");
            arguments.add(query.status().name());
        }
        if (query.track() != null) {
            sql.append(" and m.track = ?");
            arguments.add(query.track().name());
        }
        sql.append(" order by m.start_date, m.trainee_id");
        Map<TraineeId, Staleness> stuck = staleViews.stuck(ReadModels.COHORT);
        Staleness rebuilding = staleViews.rebuilding(ReadModels.COHORT).orElse(null);
        Function<TraineeId, Staleness> staleness = traineeId -> stuck.getOrDefault(traineeId, rebuilding);
        List<CohortMemberView> members = jdbc.query(sql.toString(), (row, i) -> member(row, staleness), arguments.toArray());
        Map<TraineeId, CommitteeStanding> standings = queries.query(
                        new FindCommitteeStandingsQuery(members.stream().map(CohortMemberView::traineeId).toList()),
                        CommitteeStandingsView.class).join()
                .standings().stream().collect(Collectors.toMap(CommitteeStanding::traineeId, standing -> standing));
        List<CohortMemberView> rows = members.stream().map(member -> member.withStanding(standings.get(member.traineeId()))).toList();
        List<UnlistedTrainee> unlisted = new ArrayList<>();
        for (Map.Entry<TraineeId, Staleness> trainee : new TreeMap<>(stuck).entrySet()) {
            boolean listed = !jdbc.queryForList("select m.trainee_id from cohort_member m "
                    + Generations.served(ReadModels.COHORT, "m") + " where m.trainee_id = ?", String.class, trainee.getKey().value()).isEmpty();
            if (!listed) {
                unlisted.add(new UnlistedTrainee(trainee.getKey(), trainee.getValue()));
            }
        }
        return new CohortView(rows, unlisted);
    }

    private static CohortMemberView member(ResultSet row, Function<TraineeId, Staleness> staleness) throws SQLException {
        TraineeId traineeId = new TraineeId(row.getString("trainee_id"));
        Timestamp closedAt = row.getTimestamp("closed_at");
        return new CohortMemberView(traineeId, row.getString("full_name"), Track.valueOf(row.getString("track")),
                TraineeStatus.valueOf(row.getString("status")), row.getObject("start_date", LocalDate.class),
                row.getObject("end_date", LocalDate.class), row.getString("mentor_id"),
                row.getTimestamp("enrolled_at").toInstant(), closedAt == null ? null : closedAt.toInstant(),
                staleness.apply(traineeId), null);
    }
}
