package org.cartledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
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

    /** docker-compose.yml gives the sides no users: without an identity provider, no request gets in. */
    @Test
    void onItsOwnWithoutAnIdentityProviderTheCommandSideRefusesEveryRequest() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CommandSideApplication.class)
                .profiles("axonserver")
                .run("--server.port=0", "--axon.axonserver.servers=127.0.0.1:18124")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/trainees/F-1/skills"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic YWRtaW46YWRtaW4=")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"skill\":\"CRS_MANAGEMENT\",\"signedOffBy\":\"fac-wang\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("ledger.security.jwt.issuer-uri");
        }
    }
}
