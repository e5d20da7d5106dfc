package org.cartledger.query.dashboard;

import java.util.HashMap;
import java.util.Map;
import org.cartledger.query.processing.Generations;
import org.cartledger.query.processing.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The heads of the dashboards being written ({@code trainee_dashboard}), for the projection. The processor hands
 * it a batch of events in one transaction, often several of one trainee: a head is read once per transaction and
 * then taken from what the transaction last wrote, so each later event of the batch reads nothing.
 */
@Component
class DashboardHeads {

    /** A trainee's head in the generation written: its JSON and position are null before the trainee's first event. */
    record Head(int generation, String state, Long ledgerPosition) {
    }

    private static final Object WRITTEN_IN_THIS_TRANSACTION = new Object();

    // the generation written comes in the same statement: one round trip, whether the trainee has a head or not
    private static final String READ = "select w.generation, d.state::text, d.ledger_position from (select "
            + Generations.writingSql(ReadModels.DASHBOARD) + " as generation) w"
            + " left join trainee_dashboard d on d.generation = w.generation and d.trainee_id = ?";

    private final JdbcTemplate jdbc;

    DashboardHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Head of(String traineeId) {
        Head written = writtenInThisTransaction().get(traineeId);
        if (written != null) {
            return written;
        }
        return jdbc.queryForObject(READ, (row, i) -> new Head(row.getInt(1), row.getString(2), row.getObject(3, Long.class)),
                traineeId);
    }

    /**
     * Writes the head, to be the one read next in this transaction. Call it last for an event: should the event's
     * writes fail after it, its savepoint would take the row back but not this transaction's memory of it.
     */
    void write(String traineeId, Head head) {
        jdbc.update("""
                        insert into trainee_dashboard (generation, trainee_id, state, ledger_position) values (?, ?, ?::jsonb, ?)
                        on conflict (generation, trainee_id) do update set state = excluded.state, ledger_position = excluded.ledger_position""",
                head.generation(), traineeId, head.state(), head.ledgerPosition());
        writtenInThisTransaction().put(traineeId, head);
    }

    // forgotten when the transaction ends, committed or rolled back: the next one reads the rows again
    @SuppressWarnings("unchecked")
    private static Map<String, Head> writtenInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        Map<String, Head> written = (Map<String, Head>) TransactionSynchronizationManager.getResource(WRITTEN_IN_THIS_TRANSACTION);
        if (written == null) {
            Map<String, Head> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(WRITTEN_IN_THIS_TRANSACTION, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(WRITTEN_IN_THIS_TRANSACTION);
                }
            });
            written = fresh;
        }
        return written;
    }
}
