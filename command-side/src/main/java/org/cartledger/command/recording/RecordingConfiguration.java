package org.cartledger.command.recording;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.cartledger.api.recording.Recorder;
import org.cartledger.command.idempotency.KeyedRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class RecordingConfiguration {

    /**
     * Copies the recorder from each command's metadata onto every event the command produces, and a keyed
     * request's fingerprint, by which the trainee's record tells a retry from another request under its key.
     */
    @Bean
    public CorrelationDataProvider recorderCorrelation() {
        return new SimpleCorrelationDataProvider(Recorder.ID_KEY, Recorder.ROLE_KEY, KeyedRequest.FINGERPRINT);
    }

    /** Declared because defining any provider replaces Axon's default, which keeps correlation ids. */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
