package org.cartledger.store.wakeup;

import java.time.Duration;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * Streaming processors read the embedded event store through a {@link WakingEventSource}, so that a read
 * model follows an entry within milliseconds instead of at the next 500 ms poll. On Axon Server the store's
 * own streams already call back when events arrive, and are used as they are.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class ProcessorWakeUpConfiguration {

    /** One source for every processor of the process: one subscription, one heartbeat. */
    @Bean
    public ConfigurerModule processorsWakeOnCommit(@Value("${ledger.processing.heartbeat:PT1S}") Duration heartbeat) {
        OneSource shared = new OneSource(heartbeat);
        return configurer -> configurer.eventProcessing().configureDefaultStreamableMessageSource(shared::of);
    }

    /** Made once, when the first processor asks, whoever asks first: a second would subscribe and beat again. */
    private static final class OneSource {

        private final Duration heartbeat;
        private StreamableMessageSource<TrackedEventMessage<?>> source;

        OneSource(Duration heartbeat) {
            this.heartbeat = heartbeat;
        }

        synchronized StreamableMessageSource<TrackedEventMessage<?>> of(Configuration configuration) {
            if (source == null) {
                source = sourceFor(configuration, heartbeat);
            }
            return source;
        }
    }

    private static StreamableMessageSource<TrackedEventMessage<?>> sourceFor(Configuration configuration, Duration heartbeat) {
        EventStore store = configuration.eventStore();
        if (!(store instanceof EmbeddedEventStore)) {
            return store;
        }
        WakingEventSource source = new WakingEventSource(store, heartbeat);
        configuration.onShutdown(source::close);
        return source;
    }
}
