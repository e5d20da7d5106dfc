package org.cartledger.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole ledger, started the way {@code java -jar} starts it, on a database the test chooses,
 * and an HTTP client that talks to it as a faculty member's phone would.
 */
final class RunningLedger implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(20);

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    private RunningLedger(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** The properties are given as command-line arguments, so they win over application.yml as they would in production. */
    static RunningLedger start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("server.port", "0");
        all.computeIfAbsent("ledger.integrity.key-directory", key -> temporaryKeyDirectory());
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new RunningLedger(new SpringApplicationBuilder(LedgerApplication.class).run(args));
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Each test ledger signs with a key of its own, kept out of the working tree. */
    private static String temporaryKeyDirectory() {
        try {
            Path directory = Files.createTempDirectory("ledger-keys");
            directory.toFile().deleteOnExit();
            return directory.resolve("keys").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Response post(String path, String json, String recorderId, String recorderRole) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (recorderId != null) {
            request.header("X-Recorder-Id", recorderId);
        }
        if (recorderRole != null) {
            request.header("X-Recorder-Role", recorderRole);
        }
        return send(request.build());
    }

    Response post(String path, String json) {
        return post(path, json, "coord-li", "COORDINATOR");
    }

    Response get(String path) {
        return get(path, "application/json");
    }

    Response get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept).GET().build());
    }

    /** Waits until every read model has processed every event in the store. */
    void awaitProjections() {
        Instant deadline = Instant.now().plus(CATCH_UP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode statuses = get("/api/admin/projections").json();
            boolean allCaughtUp = true;
            for (JsonNode status : statuses) {
                allCaughtUp &= status.get("caughtUp").asBoolean();
            }
            if (allCaughtUp) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("Read models did not catch up within " + CATCH_UP_TIMEOUT + ": "
                + get("/api/admin/projections").body());
    }

    @Override
    public void close() {
        context.close();
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String contentType, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
