package org.cartledger.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The query side on its own, for the scale-out deployment (profile {@code axonserver}): events in
 * from Axon Server, read models in PostgreSQL, views out over HTTP. The embedded default runs it
 * inside the ledger-app launcher instead; entities and repositories are named explicitly so that
 * they are found from either.
 */
@SpringBootApplication
@EntityScan(basePackageClasses = QuerySideApplication.class)
@EnableJpaRepositories(basePackageClasses = QuerySideApplication.class)
public class QuerySideApplication {

    public static void main(String[] args) {
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
