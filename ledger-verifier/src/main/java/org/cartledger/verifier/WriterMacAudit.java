package org.cartledger.verifier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.proof.LedgerEventRows;
import org.cartledger.proof.WriterKey;

/**
 * The audit's check that only the ledger wrote the ledger (docs/ledger-proofs.md §2a), for an auditor entrusted with
 * the writer key: every event after the key's start position must carry a writer MAC that the key verifies. Without
 * the key nothing can be checked, and the report says so: a row inserted at the end in SQL then looks like any event
 * still waiting for its leaf.
 */
final class WriterMacAudit {

    /** Problems beyond this many are counted, not each named. */
    private static final int NAMED_AT_MOST = 100;

    private WriterMacAudit() {
    }

    static void check(Connection connection, WriterKey key, List<String> problems, List<String> notes) throws SQLException {
        if (key == null) {
            notes.add("writer MACs were not checked (no --writer-key): an event inserted in SQL after the last signed tree "
                    + "head cannot be told from one the ledger wrote; an auditor entrusted with the writer key can check them");
            return;
        }
        if (!hasMacColumn(connection)) {
            problems.add("domain_event_entry has no writer_mac column (migration db/events/V3), yet a writer key was given: "
                    + "no event after position " + key.macsRequiredAfter() + " carries a MAC");
            return;
        }
        int wrong = 0;
        long checked = 0;
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + LedgerEventRows.COLUMNS + ", writer_mac FROM "
                + LedgerEventRows.TABLE + " WHERE global_index > ? ORDER BY global_index")) {
            statement.setFetchSize(1000);
            statement.setLong(1, key.macsRequiredAfter());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    LedgerEvent event = LedgerEventRows.of(rows);
                    byte[] mac = rows.getBytes("writer_mac");
                    checked++;
                    if (key.verifies(event, mac)) {
                        continue;
                    }
                    if (++wrong <= NAMED_AT_MOST) {
                        problems.add("the event at position " + event.position() + " (event " + event.eventIdentifier() + ", record "
                                + event.aggregateIdentifier() + ") " + (mac == null ? "carries no writer MAC" : "carries a writer MAC "
                                + "that the writer key does not verify") + ": it was not written by the ledger's writer (inserted or "
                                + "changed in the database)");
                    }
                }
            }
        }
        if (wrong > NAMED_AT_MOST) {
            problems.add((wrong - NAMED_AT_MOST) + " more events after position " + key.macsRequiredAfter()
                    + " carry no valid writer MAC");
        }
        notes.add("writer MACs checked with the writer key: " + checked + " events after position " + key.macsRequiredAfter()
                + (wrong == 0 ? ", all written by the ledger" : ", " + wrong + " not written by the ledger")
                + "; events at or before it were stored before the key existed and carry none");
    }

    private static boolean hasMacColumn(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM information_schema.columns WHERE "
                + "table_name = ? AND column_name = 'writer_mac' AND table_schema = current_schema()")) {
            statement.setString(1, LedgerEventRows.TABLE);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
