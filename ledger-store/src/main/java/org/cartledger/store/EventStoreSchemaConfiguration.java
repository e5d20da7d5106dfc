package org.cartledger.store;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.cartledger.schema.ModuleSchema;
import org.cartledger.schema.ModuleSchema.FormerMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the event store's tables and columns in PostgreSQL's own style (snake_case, unquoted), as
 * migration {@code db/events/V1} creates them; Axon's defaults are camelCase. Axon's JDBC auto-configuration builds
 * the storage engine on this schema, and with the resolver that recognises PostgreSQL's duplicate keys.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreSchemaConfiguration {

    /**
     * The event store's tables, migrated first. In the single history they were 1.0 and the trigger
     * half of 1.2 (whose other half, the Merkle tree, is the audit module's first migration).
     */
    @Bean
    public ModuleSchema eventStoreTables() {
        return ModuleSchema.of("events", 10, FormerMigration.was(1, "1.0", 618154083), FormerMigration.was(2, "1.2", 1487445444));
    }

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }
}
