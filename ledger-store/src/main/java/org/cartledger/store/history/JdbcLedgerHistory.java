package org.cartledger.store.history;

import static org.cartledger.proof.LedgerEventRows.COLUMNS;
import static org.cartledger.proof.LedgerEventRows.TABLE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.axonframework.common.DateTimeUtils;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.LedgerEventRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The history in PostgreSQL's {@code domain_event_entry}: the position is the row's global_index. */
public class JdbcLedgerHistory implements LedgerHistory {

    private static final RowMapper<LedgerEvent> EVENT = (row, n) -> LedgerEventRows.of(row);

    private final JdbcTemplate jdbc;

    public JdbcLedgerHistory(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public List<LedgerEvent> after(long position, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE global_index > ? ORDER BY global_index LIMIT ?",
                EVENT, position, limit);
    }

    @Override
    public List<WrittenEvent> writtenAfter(long position, int limit) {
        return jdbc.query("SELECT " + COLUMNS + ", writer_mac FROM " + TABLE + " WHERE global_index > ? ORDER BY global_index LIMIT ?",
                (row, n) -> new WrittenEvent(LedgerEventRows.of(row), row.getBytes("writer_mac")), position, limit);
    }

    @Override
    public boolean keepsWriterMacs() {
        return true;
    }

    @Override
    public List<LedgerEvent> ofTrainee(String traineeId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE aggregate_identifier = ? ORDER BY global_index",
                EVENT, traineeId);
    }

    // the rows after the position stay in the table: a cut halfway through a long record reads half of it
    @Override
    public List<LedgerEvent> ofTraineeUpTo(String traineeId, long position) {
        return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE aggregate_identifier = ? AND global_index <= ? "
                + "ORDER BY global_index", EVENT, traineeId, position);
    }

    @Override
    public long head() {
        Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM " + TABLE, Long.class);
        return head == null ? 0 : head;
    }

    @Override
    public Optional<Instant> recordedAtOrBefore(long position) {
        return jdbc.queryForList("SELECT time_stamp FROM " + TABLE + " WHERE global_index <= ? ORDER BY global_index DESC LIMIT 1",
                String.class, position).stream().findFirst().map(DateTimeUtils::parseInstant);
    }

}
