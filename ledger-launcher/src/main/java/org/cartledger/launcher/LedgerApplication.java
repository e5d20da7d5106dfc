package org.cartledger.launcher;

import org.cartledger.audit.AuditConfiguration;
import org.cartledger.command.CommandSideApplication;
import org.cartledger.query.QuerySideApplication;
import org.cartledger.store.EventStoreSchemaConfiguration;
import org.cartledger.store.history.LedgerHistoryConfiguration;
import org.cartledger.store.writer.LedgerWriterConfiguration;
import org.cartledger.users.UsersConfiguration;
import org.cartledger.web.WebConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The ledger in one process, the default way to run it: the command side and the query side
 * together, the event store in PostgreSQL, and, when no database is configured, a PostgreSQL this
 * process starts itself; and the web app for people, at {@code /} beside the API.
 */
@SpringBootApplication
@Import({EventStoreSchemaConfiguration.class, LedgerWriterConfiguration.class, LedgerHistoryConfiguration.class, CommandSideApplication.class, QuerySideApplication.class,
        UsersConfiguration.class, AuditConfiguration.class, WebConfiguration.class})
public class LedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(LedgerApplication.class, args);
    }
}
