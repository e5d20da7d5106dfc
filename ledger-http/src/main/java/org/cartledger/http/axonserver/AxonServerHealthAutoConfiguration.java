package org.cartledger.http.axonserver;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Axon Server's health, on every side that talks to it ({@code axon.axonserver.enabled=true}, the
 * {@code axonserver} profile). The readiness group names it in ledger-defaults.properties, so a side
 * without a connection is taken out of its load balancer.
 */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonServerAutoConfiguration")
@ConditionalOnClass(AxonServerConnectionManager.class)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
public class AxonServerHealthAutoConfiguration {

    @Bean
    @ConditionalOnBean(AxonServerConnectionManager.class)
    public AxonServerHealthIndicator axonServerHealthIndicator(AxonServerConnectionManager connections,
                                                               AxonServerConfiguration configuration) {
        return new AxonServerHealthIndicator(connections, configuration.getServers());
    }
}
