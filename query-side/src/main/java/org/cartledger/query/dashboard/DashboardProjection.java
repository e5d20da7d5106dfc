package org.cartledger.query.dashboard;

import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.cartledger.api.recording.LedgerEntryEvent;
import org.cartledger.query.processing.Generations;
import org.cartledger.query.processing.IsolatedWrites;
import org.cartledger.query.processing.LedgerPosition;
import org.cartledger.query.processing.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps each trainee's dashboard fold up to date, one event at a time, in {@code trainee_dashboard}. */
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
            List<Stored> stored = jdbc.query(
                    "select state::text, ledger_position from trainee_dashboard where generation = ? and trainee_id = ?",
                    (row, i) -> new Stored(row.getString(1), row.getLong(2)), generation, event.traineeId().value());
            if (!stored.isEmpty() && position <= stored.get(0).ledgerPosition()) {
                return; // already folded in: an event delivered twice must not count twice
            }
            DashboardState state = stored.isEmpty() ? new DashboardState() : codec.read(stored.get(0).state());
            jdbc.update("""
                            insert into trainee_dashboard (generation, trainee_id, state, ledger_position) values (?, ?, ?::jsonb, ?)
                            on conflict (generation, trainee_id) do update set state = excluded.state, ledger_position = excluded.ledger_position""",
                    generation, event.traineeId().value(), codec.write(state.apply(event, position)), position);
        });
    }

    /** A rebuild: a new, empty generation beside the one served, which readers keep seeing until it is done. */
    @ResetHandler
    void reset() {
        generations.beginRebuild(ReadModels.DASHBOARD, null);
    }
}
