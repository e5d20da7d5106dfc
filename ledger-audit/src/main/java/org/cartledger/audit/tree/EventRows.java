package org.cartledger.audit.tree;

import java.util.List;
import java.util.Optional;
import org.cartledger.proof.LedgerEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The event store's rows exactly as stored: what the canonical form hashes. */
@Component
class EventRows {

    private static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, "
            + "payload_type, payload_revision, time_stamp, meta_data, payload";
    private static final RowMapper<LedgerEvent> EVENT = (rs, row) -> new LedgerEvent(
            rs.getLong("global_index"), rs.getString("event_identifier"), rs.getString("aggregate_identifier"),
            rs.getLong("sequence_number"), rs.getString("payload_type"), rs.getString("payload_revision"),
            rs.getString("time_stamp"), rs.getBytes("meta_data"), rs.getBytes("payload"));

    private final JdbcTemplate jdbc;

    EventRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<LedgerEvent> after(long position, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT ?",
                EVENT, position, limit);
    }

    Optional<String> identifierAt(long position) {
        return jdbc.queryForList("SELECT event_identifier FROM domain_event_entry WHERE global_index = ?", String.class, position)
                .stream().findFirst();
    }

    List<LedgerEvent> ofTrainee(String traineeId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number",
                EVENT, traineeId);
    }
}
