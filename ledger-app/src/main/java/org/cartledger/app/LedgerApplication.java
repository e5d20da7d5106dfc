package org.cartledger.app;

import org.cartledger.command.CommandSideApplication;
import org.cartledger.query.QuerySideApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The ledger in one process, the default way to run it: the command side and the query side
 * together, the event store in PostgreSQL, and, when no database is configured, a PostgreSQL this
 * process starts itself.
 */
@SpringBootApplication
@Import({CommandSideApplication.class, QuerySideApplication.class})
public class LedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LedgerApplication.class, args);
    }
}
