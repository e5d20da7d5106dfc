package org.cartledger.query;

import org.springframework.boot.SpringApplication;
import org.cartledger.store.history.LedgerHistoryConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

/**
 * The query side on its own, for the scale-out deployment (profile {@code axonserver}): events in
 * from Axon Server, read models in PostgreSQL, views out over HTTP. The embedded default runs it
 * inside the ledger-launcher launcher instead, which imports this class. The read models are plain SQL
 * (JdbcTemplate behind {@link org.cartledger.query.processing.IsolatedWrites}), so there are no
 * entities or repositories to scan for.
 */
@SpringBootApplication
public class QuerySideApplication {

    /**
     * On its own, the query side reads the ledger's history too: the requirement sets are read from the ledger itself,
     * never from a read model that may be behind. The embedded launcher imports the same reader itself.
     */
    @Configuration(proxyBeanMethods = false)
    @Profile("axonserver")
    @Import(LedgerHistoryConfiguration.class)
    static class LedgerHistoryOnAxonServer {
    }

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
