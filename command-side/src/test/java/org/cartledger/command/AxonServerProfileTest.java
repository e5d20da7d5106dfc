package org.cartledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command side as docker-compose.yml runs it: profile {@code axonserver}, commands and events
 * through Axon Server. No server runs here, so this checks the wiring, not the traffic: the
 * connector picks up the address docker-compose gives it, and the command bus and event store are
 * Axon Server's (Axon connects in the background, so the service starts before the server answers).
 */
class AxonServerProfileTest {

    @Test
    void theAxonserverProfileSendsCommandsAndEventsThroughAxonServer() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CommandSideApplication.class)
                .profiles("axonserver")
                .run("--server.port=0", "--axon.axonserver.servers=127.0.0.1:18124")) {

            assertThat(context.getEnvironment().getProperty("axon.axonserver.enabled")).isEqualTo("true");
            assertThat(context.getBean(AxonServerConfiguration.class).getServers()).isEqualTo("127.0.0.1:18124");
            assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
        }
    }
}
