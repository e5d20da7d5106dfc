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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command side as docker-compose.yml runs it, with Axon Server not answering: a signed-in
 * request to record an entry is a 503 problem naming the messaging, not a 500 or a hang, and its
 * health and readiness say DOWN, naming Axon Server, so that a load balancer sends it nothing.
 */
class AxonServerDownTest {

    @Test
    void anEntrySentWhileAxonServerIsUnreachableIs503MessagingUnavailable(@TempDir Path directory) throws Exception {
        TestIdentityProvider identityProvider = TestIdentityProvider.in(directory);
        String token = identityProvider.token("fac-wang", List.of("FACULTY"));
        try (ConfigurableApplicationContext context = start(identityProvider)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port(context) + "/api/trainees/F-1/skills"))
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

    @Test
    void whileAxonServerIsUnreachableHealthAndReadinessAreDownNamingIt(@TempDir Path directory) throws Exception {
        TestIdentityProvider identityProvider = TestIdentityProvider.in(directory);
        String adminToken = identityProvider.token("ops", List.of("ADMIN"));
        try (ConfigurableApplicationContext context = start(identityProvider)) {
            for (String path : List.of("/actuator/health", "/actuator/health/readiness")) {
                HttpResponse<String> anyone = get(context, path, null);
                assertThat(anyone.statusCode()).as(path).isEqualTo(503);
                assertThat(anyone.body()).as(path).contains("\"status\":\"DOWN\"").doesNotContain("axonServer");

                HttpResponse<String> operator = get(context, path, adminToken);
                assertThat(operator.statusCode()).as(path).isEqualTo(503);
                JsonNode axonServer = JsonMapper.shared().readTree(operator.body()).path("components").path("axonServer");
                assertThat(axonServer.path("status").asString()).as(operator.body()).isEqualTo("DOWN");
                assertThat(axonServer.path("details").path("connected").path("default").asBoolean(true)).isFalse();
                assertThat(axonServer.path("details").path("error").asString()).startsWith("No connection to Axon Server at 127.0.0.1:");
            }
            // alive all the same: restarting it would not bring Axon Server back
            assertThat(get(context, "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        }
    }

    /** The command side on the axonserver profile, pointed at a port where nothing answers. */
    private static ConfigurableApplicationContext start(TestIdentityProvider identityProvider) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .profiles("axonserver")
                .run("--server.port=0", "--axon.axonserver.servers=127.0.0.1:" + closed,
                        identityProvider.publicKeyLocationArgument());
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext context, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(context) + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
