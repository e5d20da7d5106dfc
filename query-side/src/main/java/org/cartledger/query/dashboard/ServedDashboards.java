package org.cartledger.query.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.cartledger.query.dashboard.DashboardStateCodec.Item;
import org.cartledger.query.processing.Generations;
import org.cartledger.query.processing.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The served dashboards' states, put together again from each trainee's head and items. One statement for any
 * number of trainees: its two halves see the same snapshot, so a generation swap between them cannot mix the
 * head of one generation with the items of another.
 */
@Component
class ServedDashboards {

    // the head sorts before its items (nulls first); items in the order they were added
    private static final String HEADS_AND_ITEMS = "select d.trainee_id, d.state::text, null::text, null::text,"
            + " null::bigint as ledger_position, null::integer as ordinal"
            + " from trainee_dashboard d " + Generations.served(ReadModels.DASHBOARD, "d") + " where d.trainee_id = any(?)"
            + " union all select i.trainee_id, null, i.kind, i.item::text, i.ledger_position, i.ordinal"
            + " from dashboard_item i " + Generations.served(ReadModels.DASHBOARD, "i") + " where i.trainee_id = any(?)"
            + " order by 1, ledger_position nulls first, ordinal";

    private final JdbcTemplate jdbc;
    private final DashboardStateCodec codec;

    ServedDashboards(JdbcTemplate jdbc, DashboardStateCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /** The states of those of the trainees that have a dashboard, in the order of their ids. */
    List<DashboardState> of(List<String> traineeIds) {
        List<DashboardState> states = new ArrayList<>();
        String[] headOf = {null};
        Object ids = traineeIds.toArray(String[]::new);
        jdbc.query(HEADS_AND_ITEMS, row -> {
            String traineeId = row.getString(1);
            String head = row.getString(2);
            if (head != null) {
                states.add(codec.read(head));
                headOf[0] = traineeId;
            } else if (traineeId.equals(headOf[0])) {
                codec.add(states.get(states.size() - 1), new Item(row.getString(3), row.getString(4)));
            }
            // else items without a head: a head and its items are written together, so there are none to show
        }, ids, ids);
        return states;
    }
}
