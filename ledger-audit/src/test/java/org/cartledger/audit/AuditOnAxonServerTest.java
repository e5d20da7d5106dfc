package org.cartledger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.cartledger.store.history.AxonServerLedgerHistory;
import org.cartledger.store.history.LedgerHistory;
import org.cartledger.schema.ModuleMigrations;
import org.cartledger.store.TokenStoreSchemaConfiguration;
import org.cartledger.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The audit service as docker-compose.yml will run it (profile {@code axonserver}): the history read
 * from Axon Server, the tree's processor in order on one segment with its position in PostgreSQL, all
 * of its tables in a schema of its own. No Axon Server runs here, so this checks the wiring; the
 * reading itself is {@code LedgerHistoryContractTest}'s. The processor's position is stored beforehand,
 * as on a restart, so that it does not wait for Axon Server to say where the stream begins.
 */
class AuditOnAxonServerTest {

    @TempDir
    Path keys;

    @Test
    void theAuditServiceReadsAxonServerAndKeepsItsTreeAndPositionInItsOwnSchema() throws SQLException {
        try (TestDatabase database = TestDatabase.create()) {
            new ModuleMigrations(List.of(new TokenStoreSchemaConfiguration().tokenStoreTable(), new AuditConfiguration().auditTables()))
                    .migrate(Flyway.configure().dataSource(database.url(), database.user(), "")
                            .schemas(AuditApplication.SCHEMA).defaultSchema(AuditApplication.SCHEMA).load());
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO " + AuditApplication.SCHEMA + ".token_entry (processor_name, segment, timestamp)"
                        + " VALUES ('ledger-tree', 0, '2026-01-01T00:00:00Z')");
            }
            try (ConfigurableApplicationContext context = AuditApplication.application().run("--spring.profiles.active=axonserver",
                    "--server.port=0", "--axon.axonserver.servers=127.0.0.1:18124",
                    "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.user(),
                    "--spring.datasource.password=", "--ledger.integrity.key-directory=" + keys,
                    "--spring.main.banner-mode=off")) {
                assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
                assertThat(context.getBean(LedgerHistory.class)).isInstanceOf(AxonServerLedgerHistory.class);
                EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
                assertThat(processing.eventProcessor("ledger-tree")).containsInstanceOf(TrackingEventProcessor.class);
                assertThat(processing.tokenStore("ledger-tree")).isInstanceOf(JdbcTokenStore.class);
                assertThat(processing.tokenStore("ledger-tree").fetchSegments("ledger-tree")).containsExactly(0);
                assertThat(context.getEnvironment().getProperty("spring.application.name")).isEqualTo("ledger-audit");
            }
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                assertThat(statement.executeQuery("SELECT 1 FROM information_schema.tables WHERE table_schema = '"
                        + AuditApplication.SCHEMA + "' AND table_name = 'ledger_entry_index'").next()).isTrue();
                assertThat(statement.executeQuery("SELECT 1 FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_name = 'ledger_leaf'").next()).as("nothing outside its schema").isFalse();
            }
        }
    }
}
