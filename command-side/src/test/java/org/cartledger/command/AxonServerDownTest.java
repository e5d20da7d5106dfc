package org.cartledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command side as docker-compose.yml runs it, with Axon Server not answering: a signed-in
 * request to record an entry is a 503 problem naming the messaging, not a 500 or a hang.
 */
class AxonServerDownTest {

    @Test
    void anEntrySentWhileAxonServerIsUnreachableIs503MessagingUnavailable(@TempDir Path directory) throws Exception {
        TestIdentityProvider identityProvider = TestIdentityProvider.in(directory);
        String token = identityProvider.token("fac-wang", List.of("FACULTY"));
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CommandSideApplication.class)
                .profiles("axonserver")
                .run("--server.port=0", "--axon.axonserver.servers=127.0.0.1:" + closed,
                        identityProvider.publicKeyLocationArgument())) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/trainees/F-1/skills"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"skill\":\"CRS_MANAGEMENT\",\"signedOffBy\":\"fac-wang\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"rule\":\"messaging-unavailable\"").doesNotContain("Exception", "io.grpc");
        }
    }
}
