package org.cartledger.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.cartledger.http.axonserver.AxonServerHealthIndicator;
import org.cartledger.query.processing.ReadModels;
import org.cartledger.query.processing.ReadModelsSchemaConfiguration;
import org.cartledger.schema.ModuleMigrations;
import org.cartledger.store.TokenStoreSchemaConfiguration;
import org.cartledger.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.ClassUtils;

/**
 * The query side as docker-compose.yml runs it (profile {@code axonserver}): events from Axon Server,
 * and everything a read model keeps in PostgreSQL under Spring's JDBC transactions. No Axon Server runs
 * here, so this checks the wiring, and that Axon Server's health says so: a token store, dead letters
 * and transactions that fell back to Axon's in-memory and no-op defaults would start without a word,
 * and lose every position on restart.
 * It starts as a query side restarts, with its read models' positions already stored: a processor with
 * no position would first ask Axon Server where the stream begins, and wait for it.
 */
class QuerySideOnAxonServerTest {

    private static final int SEGMENTS = 4;

    @Test
    void theReadModelsKeepTheirTokensAndDeadLettersInPostgresUnderSpringTransactions() throws SQLException {
        try (TestDatabase database = TestDatabase.create()) {
            positionsAlreadyStored(database);
            try (ConfigurableApplicationContext context = start(database)) {
                assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
                assertThat(context.getBean(PlatformTransactionManager.class)).isInstanceOf(JdbcTransactionManager.class);
                assertThat(context.getBean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
                EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
                for (String readModel : ReadModels.ALL) {
                    assertThat(processing.tokenStore(readModel)).as(readModel).isInstanceOf(JdbcTokenStore.class);
                    assertThat(processing.tokenStore(readModel).fetchSegments(readModel)).as(readModel)
                            .containsExactly(0, 1, 2, 3);
                    assertThat(processing.deadLetterQueue(readModel)).as(readModel)
                            .containsInstanceOf(JdbcSequencedDeadLetterQueue.class);
                }
                // no Axon Server answers here: its health says so, where readiness looks (ledger-defaults.properties)
                Health axonServer = context.getBean(AxonServerHealthIndicator.class).health();
                assertThat(axonServer.getStatus()).isEqualTo(Status.DOWN);
                assertThat(axonServer.getDetails()).containsEntry("servers", "127.0.0.1:18124");
                assertThat(context.getEnvironment().getProperty("management.endpoint.health.group.readiness.include"))
                        .contains("axonServer");
            }
        }
    }

    /** The query side's migrations, and each read model's segments at the start of the stream. */
    private static void positionsAlreadyStored(TestDatabase database) throws SQLException {
        new ModuleMigrations(List.of(new TokenStoreSchemaConfiguration().tokenStoreTable(),
                new ReadModelsSchemaConfiguration().readModelTables()))
                .migrate(Flyway.configure().dataSource(database.url(), database.user(), "").load());
        try (Connection connection = database.connect();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into token_entry (processor_name, segment, timestamp) values (?, ?, '2026-01-01T00:00:00Z')")) {
            for (String readModel : ReadModels.ALL) {
                for (int segment = 0; segment < SEGMENTS; segment++) {
                    insert.setString(1, readModel);
                    insert.setInt(2, segment);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase database) {
        return new SpringApplicationBuilder(QuerySideApplication.class)
                .profiles("axonserver")
                .run("--server.port=0", "--axon.axonserver.servers=127.0.0.1:18124",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=",
                        "--spring.main.banner-mode=off");
    }

    @Test
    void noJpaIsOnTheQuerySidesClasspath() {
        // the read models are plain SQL behind savepoints (IsolatedWrites); nothing should boot Hibernate
        assertThat(ClassUtils.isPresent("jakarta.persistence.EntityManagerFactory", null)).isFalse();
        assertThat(ClassUtils.isPresent("org.hibernate.SessionFactory", null)).isFalse();
    }
}
