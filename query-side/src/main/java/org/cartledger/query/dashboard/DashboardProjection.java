package org.cartledger.query.dashboard;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.query.dashboard.DashboardHeads.Head;
import org.cartledger.query.dashboard.DashboardStateCodec.Item;
import org.cartledger.query.processing.Generations;
import org.cartledger.query.processing.IsolatedWrites;
import org.cartledger.query.processing.LedgerPosition;
import org.cartledger.query.processing.ReadModels;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each trainee's dashboard fold up to date, one event at a time: its head (what does not grow with the
 * record) in {@code trainee_dashboard}, and each element the event added to its lists as a row of
 * {@code dashboard_item}, so that an event costs the same however long the trainee's record is.
 */
@Component
@ProcessingGroup(ReadModels.DASHBOARD)
class DashboardProjection {

    private final JdbcTemplate jdbc;
    private final Generations generations;
    private final IsolatedWrites writes;
    private final DashboardStateCodec codec;
    private final DashboardHeads heads;

    DashboardProjection(JdbcTemplate jdbc, Generations generations, IsolatedWrites writes, DashboardStateCodec codec,
                        DashboardHeads heads) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.writes = writes;
        this.codec = codec;
        this.heads = heads;
    }

    @EventHandler
    void on(LedgerEntryEvent event, TrackingToken token) {
        long position = LedgerPosition.of(token);
        String traineeId = event.traineeId().value();
        writes.run(() -> {
            Head head = heads.of(traineeId);
            if (head.ledgerPosition() != null && position <= head.ledgerPosition()) {
                return; // already folded in: an event delivered twice must not count twice
            }
            DashboardState state = head.state() == null ? new DashboardState() : codec.read(head.state());
            // the head's lists are empty, so after this event they hold what it added, no more
            List<Item> added = codec.takeItems(state.apply(event, position));
            if (!added.isEmpty()) {
                jdbc.batchUpdate("insert into dashboard_item (generation, trainee_id, ledger_position, ordinal, kind, item)"
                        + " values (?, ?, ?, ?, ?, ?::jsonb)", new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement insert, int ordinal) throws SQLException {
                        insert.setInt(1, head.generation());
                        insert.setString(2, traineeId);
                        insert.setLong(3, position);
                        insert.setInt(4, ordinal);
                        insert.setString(5, added.get(ordinal).kind());
                        insert.setString(6, added.get(ordinal).json());
                    }

                    @Override
                    public int getBatchSize() {
                        return added.size();
                    }
                });
            }
            heads.write(traineeId, new Head(head.generation(), codec.write(state), position));
        });
    }

    /** A rebuild: a new, empty generation beside the one served, which readers keep seeing until it is done. */
    @ResetHandler
    void reset() {
        generations.beginRebuild(ReadModels.DASHBOARD, null);
    }
}
