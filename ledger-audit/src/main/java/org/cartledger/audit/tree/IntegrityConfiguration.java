package org.cartledger.audit.tree;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(IntegrityProperties.class)
public class IntegrityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IntegrityConfiguration.class);

    /**
     * The tree's own processor: tracking, one segment and one thread, so its events come in ledger
     * order; from the tail, so that a ledger upgraded with leaves but no entry index gets every entry indexed.
     */
    @Bean
    public ConfigurerModule treeAppenderProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(TreeAppender.PROCESSING_GROUP)
                .registerTrackingEventProcessorConfiguration(TreeAppender.PROCESSING_GROUP, configuration ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1)
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken));
    }

    /** The ledger's Ed25519 key: created on first start, replaced by rotation, kept beside the data, never served. */
    @Bean
    public SigningKey signingKey(IntegrityProperties properties) {
        SigningKey key = new SigningKey(properties.keyDirectory().toAbsolutePath());
        log.info("Tree heads are signed with Ed25519 key {} from {} ({} rotation(s) announced)", key.keyId(),
                properties.keyDirectory().toAbsolutePath(), key.announced().announcements().size());
        return key;
    }
}
