package org.cartledger.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The query side on its own, for the scale-out deployment (profile {@code axonserver}): events in
 * from Axon Server, read models in PostgreSQL, views out over HTTP. The embedded default runs it
 * inside the ledger-launcher launcher instead, which imports this class. The read models are plain SQL
 * (JdbcTemplate behind {@link org.cartledger.query.processing.IsolatedWrites}), so there are no
 * entities or repositories to scan for.
 */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
