package org.cartledger.audit.tree;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.store.EventPositions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each event stands in the ledger, by entry id and by event identifier ({@code ledger_entry}, migration
 * V5_1), written with the event's tree leaf. The entry id is the payload's own {@code entryId} (made by the
 * command side; Axon's event identifier is another id), read from the stored JSON once, when indexed.
 */
@Component
class EntryIndex implements EventPositions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    EntryIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(List<LedgerEvent> events) {
        jdbc.batchUpdate("INSERT INTO ledger_entry (position, event_identifier, trainee_id, entry_id) VALUES (?, ?, ?, ?)",
                events.stream().map(event -> new Object[] {event.position(), event.eventIdentifier(),
                        event.aggregateIdentifier(), entryIdOf(event.payload()).orElse(null)}).toList());
    }

    /** The first position of an entry with this id; a later one with the same id would be a forgery. */
    Optional<Long> positionOfEntry(String entryId) {
        return jdbc.queryForList("SELECT position FROM ledger_entry WHERE entry_id = ? ORDER BY position LIMIT 1",
                Long.class, entryId).stream().findFirst();
    }

    @Override
    public OptionalLong positionOf(String eventIdentifier) {
        return jdbc.queryForList("SELECT position FROM ledger_entry WHERE event_identifier = ? ORDER BY position LIMIT 1",
                Long.class, eventIdentifier).stream().mapToLong(Long::longValue).findFirst();
    }

    /** Positions of leaves appended before the index existed, oldest first. */
    List<Long> leavesNotIndexed(int limit) {
        return jdbc.queryForList("SELECT l.position FROM ledger_leaf l LEFT JOIN ledger_entry e ON e.position = l.position "
                + "WHERE e.position IS NULL ORDER BY l.position LIMIT ?", Long.class, limit);
    }

    private static Optional<String> entryIdOf(byte[] payload) {
        try {
            JsonNode entry = JSON.readTree(payload).get("entryId");
            return entry != null && entry.isString() ? Optional.of(entry.asString()) : Optional.empty();
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }
}
