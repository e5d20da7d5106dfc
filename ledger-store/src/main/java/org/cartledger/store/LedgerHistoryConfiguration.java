package org.cartledger.store;

import javax.sql.DataSource;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reader of the ledger that fits where the events are: Axon Server when it is on, PostgreSQL otherwise. */
@Configuration(proxyBeanMethods = false)
public class LedgerHistoryConfiguration {

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    public LedgerHistory ledgerHistoryInPostgres(DataSource dataSource) {
        return new JdbcLedgerHistory(dataSource);
    }

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true", matchIfMissing = true)
    public LedgerHistory ledgerHistoryInAxonServer(AxonServerConnectionManager connections,
                                                   @Qualifier("eventSerializer") Serializer eventSerializer,
                                                   EventPositions positions) {
        return new AxonServerLedgerHistory(() -> connections.getConnection().eventChannel(), eventSerializer, positions);
    }
}
