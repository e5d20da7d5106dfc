package org.cartledger.proof;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Where the canonical form's fields are in PostgreSQL: the columns of {@code domain_event_entry} and
 * how one row becomes a {@link LedgerEvent}. Plain JDBC, so that the ledger's own reader (ledger-store)
 * and the auditor's verifier, which must not pull in the server, map rows the one same way.
 */
public final class LedgerEventRows {

    public static final String TABLE = "domain_event_entry";
    /** Every column the canonical form reads, in its order. */
    public static final String COLUMNS = "global_index, event_identifier, aggregate_identifier, sequence_number, "
            + "payload_type, payload_revision, time_stamp, meta_data, payload";

    private LedgerEventRows() {
    }

    /** The row the result set stands on, which must have been selected with {@link #COLUMNS}. */
    public static LedgerEvent of(ResultSet row) throws SQLException {
        return new LedgerEvent(row.getLong("global_index"), row.getString("event_identifier"),
                row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("payload_type"),
                row.getString("payload_revision"), row.getString("time_stamp"), row.getBytes("meta_data"),
                row.getBytes("payload"));
    }
}
