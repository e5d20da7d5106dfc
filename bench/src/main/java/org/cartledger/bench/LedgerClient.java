package org.cartledger.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the ledger under test. Each {@link Caller} has a client of its own, so each benchmark client
 * keeps its own connection open as a real one would, rather than queueing on a shared pool.
 */
final class LedgerClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;

    LedgerClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    boolean isReady() {
        try {
            return new Caller(null).get("/actuator/health/readiness").status() == 200;
        } catch (IllegalStateException notListeningYet) {
            return false;
        }
    }

    /** A client sending this Authorization header (null: none) on every request. */
    Caller with(String authorization) {
        return new Caller(authorization);
    }

    final class Caller {

        // HTTP/1.1 as curl and most API clients speak it; the JDK client would otherwise try an h2c upgrade on each new connection
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final String authorization;

        private Caller(String authorization) {
            this.authorization = authorization;
        }

        Response get(String path) {
            return send(request(path).GET().header("Accept", "application/json"));
        }

        Response post(String path, String json) {
            return post(path, json, Duration.ofMinutes(2));
        }

        /** For a request that may take long, such as signing a tree head over a store the tree has not taken in yet. */
        Response post(String path, String json, Duration timeout) {
            HttpRequest.Builder request = request(path).timeout(timeout).header("Content-Type", "application/json")
                    .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            return send(request);
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return request;
        }

        private Response send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(response.statusCode(), response.body());
            } catch (IOException e) {
                throw new IllegalStateException("No answer from the ledger at " + baseUrl + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    record Response(int status, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** Fails unless the status is one of those expected, saying what the ledger answered instead. */
        Response expect(String what, int... statuses) {
            for (int status : statuses) {
                if (this.status == status) {
                    return this;
                }
            }
            throw new IllegalStateException(what + ": the ledger answered " + status + " " + body);
        }
    }
}
