package org.cartledger.store.history;

import javax.sql.DataSource;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the history from wherever Axon stores events in this process: PostgreSQL when the JDBC
 * storage engine exists, Axon Server when a connection to it does (profile {@code axonserver}).
 */
@Configuration(proxyBeanMethods = false)
public class LedgerHistoryConfiguration {

    @Bean
    public LedgerHistory ledgerHistory(ObjectProvider<EventStorageEngine> storageEngine,
                                       ObjectProvider<AxonServerConnectionManager> axonServer,
                                       ObjectProvider<DataSource> dataSource,
                                       @Qualifier("eventSerializer") Serializer eventSerializer) {
        if (storageEngine.getIfAvailable() instanceof JdbcEventStorageEngine) {
            return new JdbcLedgerHistory(dataSource.getObject());
        }
        AxonServerConnectionManager connections = axonServer.getIfAvailable();
        if (connections != null) {
            return new AxonServerLedgerHistory(() -> connections.getConnection().eventChannel(), eventSerializer);
        }
        throw new IllegalStateException("The ledger's history cannot be read: there is neither a JDBC event storage "
                + "engine nor a connection to Axon Server in this process");
    }
}
