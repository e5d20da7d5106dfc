package org.cartledger.query;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import java.util.List;
import java.util.Optional;
import org.cartledger.proof.LedgerEvent;
import org.cartledger.store.history.LedgerHistory;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The query side as it runs in production ({@link QuerySideApplication}: Flyway, the
 * projections, the query handlers, Axon), on a private PostgreSQL database that lives as long as
 * the test class. Register it as a static {@code @RegisterExtension} field.
 *
 * <p>Two things differ from production, both outside the read models: the clock is fixed, and the
 * event store is Axon's in-memory one. On its own the query side reads its events from Axon Server,
 * and in the launcher from the command side's event store; without either, Axon would build a JDBC
 * event store on its camelCase default tables, which no migration of the query side creates. Events
 * are not published to it: the tests hand them to the projections directly, as Axon would.
 */
public final class RunningQuerySide implements BeforeAllCallback, AfterAllCallback {

    private final Instant now;
    private TestDatabase database;
    private ConfigurableApplicationContext context;

    /** @param now what the server's clock says for the whole test class */
    public RunningQuerySide(Instant now) {
        this.now = now;
    }

    @Override
    public void beforeAll(ExtensionContext extensionContext) {
        database = TestDatabase.create();
        context = new SpringApplicationBuilder(QuerySideApplication.class, TestSetup.class)
                .web(WebApplicationType.NONE)
                // command-line arguments outrank the environment, so a SPRING_DATASOURCE_URL cannot redirect the tests
                .run("--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.user(),
                        "--spring.datasource.password=",
                        "--spring.main.banner-mode=off",
                        "--logging.level.org.axonframework=WARN",
                        "--" + TestSetup.NOW + "=" + now);
    }

    @Override
    public void afterAll(ExtensionContext extensionContext) {
        try {
            if (context != null) {
                context.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Runs as Axon runs an event handler: in a transaction, so that the projections' writes go behind savepoints. */
    public void inTransaction(Runnable work) {
        transactions().executeWithoutResult(status -> work.run());
    }

    /** Starts a test from empty read models, without going through the reset handlers under test. */
    public void emptyReadModels() {
        bean(JdbcTemplate.class).execute("truncate cohort_member, transcript_entry, trainee_dashboard, dashboard_item, dead_letter_entry");
        bean(JdbcTemplate.class).update("update read_model_generation set serving = 1, building = null,"
                + " rebuild_started_at = null, serving_position = null");
    }

    /** Rows in a table, counted with plain SQL, past the read models' own code. */
    public long rows(String table) {
        return bean(JdbcTemplate.class).queryForObject("select count(*) from " + table, Long.class);
    }

    private TransactionTemplate transactions() {
        return new TransactionTemplate(bean(PlatformTransactionManager.class));
    }

    /** Plain @Bean methods, not a @Configuration: the application's component scan must not pick it up elsewhere. */
    static class TestSetup {

        static final String NOW = "ledger.test.now";

        @Bean
        Clock testClock(Environment environment) {
            return Clock.fixed(Instant.parse(environment.getRequiredProperty(NOW)), ZoneOffset.UTC);
        }

        @Bean
        EventStorageEngine eventStorageEngine() {
            return new InMemoryEventStorageEngine();
        }

        /**
         * The ledger's history as the in-memory store leaves it for these tests: nothing recorded past the read models,
         * so no requirement set is on record (progress is measured in the fold's own tests, and against PostgreSQL in
         * the launcher's).
         */
        @Bean
        LedgerHistory ledgerHistory() {
            return new LedgerHistory() {
                @Override
                public List<LedgerEvent> after(long position, int limit) {
                    return List.of();
                }

                @Override
                public List<LedgerEvent> ofTrainee(String traineeId) {
                    return List.of();
                }

                @Override
                public long head() {
                    return 0;
                }

                @Override
                public Optional<Instant> recordedAtOrBefore(long position) {
                    return Optional.empty();
                }
            };
        }
    }
}
