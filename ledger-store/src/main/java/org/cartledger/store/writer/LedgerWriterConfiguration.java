package org.cartledger.store.writer;

import java.nio.file.Path;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.cartledger.proof.LedgerEventRows;
import org.cartledger.proof.WriterKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger's writer on PostgreSQL: Axon's JDBC storage engine as its auto-configuration builds it (the same
 * serializers, upcasters, snapshot filter, schema, exception resolver, connections and transactions), but appending
 * through {@link WriterMacAppend}, so that every event it stores carries the writer's MAC (docs/ledger-proofs.md §2a).
 * Not on Axon Server (profile {@code axonserver}, where {@code axon.axonserver.enabled} is true, as it is by Axon's own
 * default): there Axon Server stores the events and no JDBC engine exists.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LedgerWriterConfiguration.WithoutAxonServer.class)
public class LedgerWriterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LedgerWriterConfiguration.class);

    /**
     * The writer key, beside the tree-head signing key; made on first start, when it is required of every event after
     * the newest one stored then (so after the migrations, which the JdbcTemplate waits for).
     */
    @Bean
    public WriterKey writerKey(@Value("${ledger.integrity.key-directory:ledger-data/keys}") Path keyDirectory, JdbcTemplate jdbc) {
        Path directory = keyDirectory.toAbsolutePath();
        WriterKey key = WriterKey.loadOrCreate(directory, () -> {
            Long newest = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM " + LedgerEventRows.TABLE, Long.class);
            return newest == null ? 0 : newest;
        });
        log.info("Events are stored with the writer's MAC, key {} in {}; required of every event after position {}",
                WriterKey.FILE_NAME, directory, key.macsRequiredAfter());
        return key;
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                                 EventSchema eventSchema, WriterKey writerKey) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .appendEvents(new WriterMacAppend(writerKey))
                .build();
    }

    /** {@code axon.axonserver.enabled} is false; Axon takes a missing setting for true, and so does this. */
    static final class WithoutAxonServer implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return "false".equalsIgnoreCase(context.getEnvironment().getProperty("axon.axonserver.enabled", "true").strip());
        }
    }
}
