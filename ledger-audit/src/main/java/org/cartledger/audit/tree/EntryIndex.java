package org.cartledger.audit.tree;

import java.util.List;
import java.util.Optional;
import org.cartledger.api.ids.TraineeId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Where each entry is in the ledger ({@code ledger_entry_index}, migration db/audit/V2): by entry id, with its trainee. */
@Component
class EntryIndex {

    private final JdbcTemplate jdbc;

    EntryIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where one entry is: its entry id, its ledger position, and the record it belongs to (a trainee's id, or a
     * track's requirement record such as {@code requirements:FELLOW}, which is no trainee id), kept in
     * {@code trainee_id}.
     */
    record Location(String entryId, long position, String recordId) {

        Location(String entryId, long position, TraineeId traineeId) {
            this(entryId, position, traineeId.value());
        }
    }

    /**
     * Records where entries are, in one batch of statements; an entry already indexed is left as it is (the
     * index is written twice on replay).
     */
    void record(List<Location> locations) {
        jdbc.batchUpdate("INSERT INTO ledger_entry_index (entry_id, position, trainee_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                locations.stream().map(at -> new Object[]{at.entryId(), at.position(), at.recordId()}).toList());
    }

    Optional<Long> positionOf(String entryId) {
        return jdbc.queryForList("SELECT position FROM ledger_entry_index WHERE entry_id = ?", Long.class, entryId)
                .stream().findFirst();
    }
}
