package org.cartledger.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.cartledger.proof.EventTable;
import org.cartledger.proof.LedgerEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The ledger's history where Axon keeps the events in PostgreSQL, {@code domain_event_entry}. */
public class JdbcLedgerHistory implements LedgerHistory {

    private static final RowMapper<LedgerEvent> EVENT = (row, n) -> EventTable.event(row);

    private final JdbcTemplate jdbc;

    public JdbcLedgerHistory(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public List<LedgerEvent> after(long position, int limit) {
        return jdbc.query(EventTable.SELECT_EVENTS + " WHERE global_index > ? ORDER BY global_index LIMIT ?",
                EVENT, position, limit);
    }

    @Override
    public List<LedgerEvent> ofTrainee(String traineeId) {
        return jdbc.query(EventTable.SELECT_EVENTS + " WHERE aggregate_identifier = ? ORDER BY global_index",
                EVENT, traineeId);
    }

    @Override
    public List<LedgerEvent> at(Collection<Long> positions) {
        if (positions.isEmpty()) {
            return List.of();
        }
        return jdbc.query(EventTable.SELECT_EVENTS + " WHERE global_index = ANY (?) ORDER BY global_index",
                EVENT, (Object) positions.toArray(Long[]::new));
    }

    @Override
    public Optional<LedgerEvent> lastAtOrBefore(long position) {
        return jdbc.query(EventTable.SELECT_EVENTS + " WHERE global_index <= ? ORDER BY global_index DESC LIMIT 1",
                EVENT, position).stream().findFirst();
    }

    @Override
    public long head() {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }
}
