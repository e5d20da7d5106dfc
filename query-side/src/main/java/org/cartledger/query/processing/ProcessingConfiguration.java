package org.cartledger.query.processing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every read model is its own processing group, read by a pooled streaming processor: each keeps
 * its own position in the event store, so one can be rebuilt while the others keep serving.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessingConfiguration {

    static final int SEGMENTS = 4;

    /**
     * Four segments each: a trainee's events always go to one segment, in order, and four lets four
     * trainees' entries be projected at once, plenty for a fellowship; Axon's default of sixteen only
     * multiplies token rows and claims.
     */
    @Bean
    public ConfigurerModule pooledStreamingProcessors() {
        return configurer -> configurer.eventProcessing()
                .usingPooledStreamingEventProcessors((configuration, builder) -> builder.initialSegmentCount(SEGMENTS));
    }

    /** The token store's table as migration V1_1 creates it (snake_case; Axon's default is camelCase). */
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
