package org.cartledger.query.processing;

import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.cartledger.store.TokenStoreSchemaConfiguration;
import org.cartledger.store.wakeup.ProcessorWakeUpConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Every read model is its own processing group, read by a pooled streaming processor: each keeps
 * its own position in the event store, so one can be rebuilt while the others keep serving.
 * The positions are kept in the token store's table, which comes with this configuration.
 */
@Configuration(proxyBeanMethods = false)
@Import({TokenStoreSchemaConfiguration.class, ProcessorWakeUpConfiguration.class})
public class ProcessingConfiguration {

    static final int SEGMENTS = 4;
    /**
     * How many of one trainee's events a read model holds back behind a failed one (Axon's default is
     * 1024). Past it the processor itself stops, as before: better than dropping an entry unseen.
     */
    static final int HELD_BACK_PER_TRAINEE = 100_000;

    /**
     * Four segments each: a trainee's events always go to one segment, in order, and four lets four
     * trainees' entries be projected at once, plenty for a fellowship; Axon's default of sixteen only
     * multiplies token rows and claims. Up to {@code batchSize} events of a segment are handled in one
     * transaction (Axon's default is one per transaction): a read model catching up or being rebuilt
     * commits, and writes its token, once per batch instead of once per event. An event that fails is still
     * set aside alone: each event's writes run behind their own savepoint ({@link IsolatedWrites}), and its
     * dead letter is written in the batch's transaction.
     */
    @Bean
    public ConfigurerModule pooledStreamingProcessors(@Value("${ledger.processing.batch-size:100}") int batchSize) {
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors((configuration, builder) -> builder.initialSegmentCount(SEGMENTS)
                        .batchSize(batchSize));
    }

    /**
     * A dead-letter queue per read model, one sequence per trainee: an event a read model fails on is
     * set aside with its error, the trainee's later events queue behind it, and everyone else's go on
     * being projected. The queue lives in PostgreSQL beside the read models (Axon's JDBC queue, on the
     * table db/query/V2 creates), so it survives a restart and is written in the same transaction
     * as the processor's token. A rebuild clears it (allowReset): the rebuild meets the same events
     * again and sets aside whatever still fails.
     */
    @Bean
    public ConfigurerModule deadLetterQueues(DataSource dataSource, PlatformTransactionManager platformTransactions) {
        // A retry runs each held-back event in a transaction of its own, so that one that fails again
        // rolls back alone instead of marking the retry's transaction, and the new error, rollback-only.
        DefaultTransactionDefinition ownTransaction = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        TransactionManager retryTransactions = new SpringTransactionManager(platformTransactions, ownTransaction);
        return configurer -> {
            var processing = configurer.eventProcessing();
            for (String readModel : ReadModels.ALL) {
                processing.registerSequencingPolicy(readModel, configuration -> PerTraineeSequencingPolicy.INSTANCE)
                        .registerDeadLetterQueue(readModel, configuration -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                                .processingGroup(readModel)
                                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                                .transactionManager(configuration.getComponent(TransactionManager.class))
                                .schema(deadLetterSchema())
                                .genericSerializer(configuration.serializer())
                                .eventSerializer(configuration.eventSerializer())
                                .maxSequences(HELD_BACK_PER_TRAINEE)
                                .maxSequenceSize(HELD_BACK_PER_TRAINEE)
                                .claimDuration(Duration.ofSeconds(30))
                                .build())
                        // The cache spares a query of the queue per event (is this trainee held back?): a segment's
                        // letters are written only by the processor that claims it, which keeps its cache, and a new
                        // claim starts a new cache from the queue. It only ever answers "perhaps" for a held-back
                        // trainee, which the queue then settles.
                        .registerDeadLetteringEventHandlerInvokerConfiguration(readModel,
                                (configuration, builder) -> builder.allowReset(true).transactionManager(retryTransactions)
                                        .enableSequenceIdentifierCache());
            }
        };
    }

    /** Axon's dead-letter table as migration db/query/V2 creates it, in snake_case. */
    static DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /** The token store's table as migration db/tokens/V1 creates it (snake_case; Axon's default is camelCase). */
    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }
}
