package org.cartledger.store.history;

import javax.sql.DataSource;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the history from wherever Axon stores events in this process, chosen by the event store:
 * Axon Server's (profile {@code axonserver}), or the embedded one over the JDBC storage engine (PostgreSQL).
 */
@Configuration(proxyBeanMethods = false)
public class LedgerHistoryConfiguration {

    @Bean
    public LedgerHistory ledgerHistory(ObjectProvider<EventStore> eventStore,
                                       ObjectProvider<EventStorageEngine> storageEngine,
                                       ObjectProvider<AxonServerConnectionManager> axonServer,
                                       ObjectProvider<DataSource> dataSource,
                                       @Qualifier("eventSerializer") Serializer eventSerializer) {
        EventStore store = eventStore.getIfAvailable();
        if (store instanceof AxonServerEventStore) {
            AxonServerConnectionManager connections = axonServer.getObject();
            return new AxonServerLedgerHistory(() -> connections.getConnection().eventChannel(), eventSerializer);
        }
        if (storageEngine.getIfAvailable() instanceof JdbcEventStorageEngine) {
            return new JdbcLedgerHistory(dataSource.getObject());
        }
        throw new IllegalStateException("The ledger's history cannot be read from " + store
                + ": only Axon Server and Axon's JDBC storage engine (PostgreSQL) have a reader");
    }
}
