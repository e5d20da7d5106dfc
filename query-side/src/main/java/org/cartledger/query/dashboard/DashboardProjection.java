package org.cartledger.query.dashboard;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.cartledger.api.recording.LedgerEntryEvent;
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

    DashboardProjection(JdbcTemplate jdbc, Generations generations, IsolatedWrites writes, DashboardStateCodec codec) {
        this.jdbc = jdbc;
        this.generations = generations;
        this.writes = writes;
        this.codec = codec;
    }

    private record Stored(String state, long ledgerPosition) {
    }

    @EventHandler
    void on(LedgerEntryEvent event, TrackingToken token) {
        long position = LedgerPosition.of(token);
        writes.run(() -> {
            int generation = generations.writing(ReadModels.DASHBOARD);
            String traineeId = event.traineeId().value();
            List<Stored> stored = jdbc.query(
                    "select state::text, ledger_position from trainee_dashboard where generation = ? and trainee_id = ?",
                    (row, i) -> new Stored(row.getString(1), row.getLong(2)), generation, traineeId);
            if (!stored.isEmpty() && position <= stored.get(0).ledgerPosition()) {
                return; // already folded in: an event delivered twice must not count twice
            }
            DashboardState state = stored.isEmpty() ? new DashboardState() : codec.read(stored.get(0).state());
            // the head's lists are empty, so after this event they hold what it added, no more
            List<Item> added = codec.takeItems(state.apply(event, position));
            if (!added.isEmpty()) {
                jdbc.batchUpdate("insert into dashboard_item (generation, trainee_id, ledger_position, ordinal, kind, item)"
                        + " values (?, ?, ?, ?, ?, ?::jsonb)", new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement insert, int ordinal) throws SQLException {
                        insert.setInt(1, generation);
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
            jdbc.update("""
                            insert into trainee_dashboard (generation, trainee_id, state, ledger_position) values (?, ?, ?::jsonb, ?)
                            on conflict (generation, trainee_id) do update set state = excluded.state, ledger_position = excluded.ledger_position""",
                    generation, traineeId, codec.write(state), position);
        });
    }

    /** A rebuild: a new, empty generation beside the one served, which readers keep seeing until it is done. */
    @ResetHandler
    void reset() {
        generations.beginRebuild(ReadModels.DASHBOARD, null);
    }
}
