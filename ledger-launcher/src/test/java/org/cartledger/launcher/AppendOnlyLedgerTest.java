package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.cartledger.api.enrollment.Track;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The database itself refuses to change or remove an event, whoever asks. */
class AppendOnlyLedgerTest {

    private static TestDatabase database;
    private static EventStoreRows store;

    @BeforeAll
    static void recordOneEntry() {
        database = TestDatabase.create();
        store = new EventStoreRows(database);
        try (RunningLedger ledger = RunningLedger.start(database.springProperties())) {
            assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-APP-1")).status()).isEqualTo(201);
        }
    }

    /** The enrollment, after the default requirement set of each track recorded at the first start. */
    private static final long EVENTS = Track.values().length + 1;

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void anUpdateOfAnEventIsRefused() {
        assertThatThrownBy(() -> store.execute("UPDATE domain_event_entry SET payload_type = 'x'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThat(store.queryString("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = 'F-APP-1'")).endsWith("TraineeEnrolledEvent");
    }

    @Test
    void aDeleteOfAnEventIsRefused() {
        assertThatThrownBy(() -> store.execute("DELETE FROM domain_event_entry"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThat(store.count()).isEqualTo(EVENTS);
    }

    @Test
    void truncatingTheEventStoreIsRefused() {
        assertThatThrownBy(() -> store.execute("TRUNCATE domain_event_entry"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThat(store.count()).isEqualTo(EVENTS);
    }

    @Test
    void aWitnessesCosignatureCanNeitherBeChangedNorDeleted() throws SQLException {
        // a cosignature once kept is evidence of what a witness saw; a row as SQL alone would write it, for the triggers
        store.execute("INSERT INTO tree_head_cosignature (tree_size, witness, witness_key_id, log_key_id, root_hash, cosigned_at,"
                + " signature) VALUES (1, 'witness-app', 'k', 'l', '\\x00', now(), '\\x00')");
        assertThatThrownBy(() -> store.execute("UPDATE tree_head_cosignature SET witness = 'x'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> store.execute("DELETE FROM tree_head_cosignature"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> store.execute("TRUNCATE tree_head_cosignature"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }
}
