package org.cartledger.proof;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Where the ledger keeps its events in PostgreSQL ({@code domain_event_entry}) and how one row becomes
 * the {@link LedgerEvent} that the canonical form hashes. One definition for the ledger's own reader
 * (ledger-store) and for the verifier, which reads the database on its own so that an auditor need not
 * trust the server.
 */
public final class EventTable {

    /** Every column of the canonical form, in its order (docs/ledger-proofs.md §2). */
    public static final String SELECT_EVENTS = "SELECT global_index, event_identifier, aggregate_identifier, sequence_number, "
            + "payload_type, payload_revision, time_stamp, meta_data, payload FROM domain_event_entry";

    private EventTable() {
    }

    /** The row the result set stands on, exactly as stored. */
    public static LedgerEvent event(ResultSet row) throws SQLException {
        return new LedgerEvent(row.getLong("global_index"), row.getString("event_identifier"),
                row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("payload_type"),
                row.getString("payload_revision"), row.getString("time_stamp"), row.getBytes("meta_data"),
                row.getBytes("payload"));
    }
}
