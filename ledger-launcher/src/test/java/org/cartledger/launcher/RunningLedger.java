package org.cartledger.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.cartledger.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole ledger, started the way {@code java -jar} starts it, on a database the test chooses,
 * and an HTTP client that talks to it as a faculty member's phone would.
 *
 * <p>Requests are signed in. With the embedded default (password sign-in), the test's users are
 * created on first use through the admin API, as the administrator whose password this class sets
 * ({@link #ADMIN_PASSWORD}); with JWT sign-in ({@link #startWithTokens}), each request carries a
 * token that the test's own key signs. {@link #post(String, String, String, String)} signs in as that
 * user with that role, {@link #post(String, String)} as the coordinator, {@link #get(String)} as an
 * auditor, who reads everything.
 */
final class RunningLedger implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(20);
    /** Made up for each test run: no password of the tests is in the repository either. */
    private static final String SECRET = UUID.randomUUID().toString();
    static final String ADMIN = "admin";
    /** Give it to a ledger in another process as --ledger.security.admin-password (see {@link #at}). */
    static final String ADMIN_PASSWORD = "admin-" + SECRET;
    static final String COORDINATOR = "coord-li";
    static final String AUDITOR = "aud-lin";
    /** People the tests' entries name (a mentor, approvers), by role: they exist before the first entry names them. */
    static final Map<String, String> TEST_FACULTY = Map.of("fac-wang", "FACULTY", "fac-zhao", "FACULTY",
            "director-zhao", "COORDINATOR");

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    /** Null for password sign-in. */
    private final TestTokens tokens;
    /** The roles (and trainee id) each user of the test has been given so far. */
    private final Map<String, Set<String>> users = new HashMap<>();
    private volatile boolean testFacultyKnown;

    private RunningLedger(ConfigurableApplicationContext context, TestTokens tokens) {
        this(context, "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort(), tokens);
    }

    private RunningLedger(ConfigurableApplicationContext context, String baseUrl, TestTokens tokens) {
        this.context = context;
        this.baseUrl = baseUrl;
        this.tokens = tokens;
    }

    /**
     * A client of a ledger running in another process; closing it leaves that process alone. That
     * ledger must have been started with {@code --ledger.security.admin-password=}{@link #ADMIN_PASSWORD}
     * (see {@link #securityArguments()}) for this client to sign its users in.
     */
    static RunningLedger at(String baseUrl) {
        return new RunningLedger(null, baseUrl, null);
    }

    /** What a ledger in another process needs on its command line for {@link #at} to sign in to it. */
    static List<String> securityArguments() {
        return List.of("--ledger.security.admin-password=" + ADMIN_PASSWORD, "--ledger.security.password-hash-strength=4");
    }

    /** The properties are given as command-line arguments, so they win over application.yml as they would in production. */
    static RunningLedger start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.putIfAbsent("ledger.security.admin-password", ADMIN_PASSWORD);
        // the fewest bcrypt rounds: every request checks a password, and that is not what the tests measure
        all.putIfAbsent("ledger.security.password-hash-strength", "4");
        return new RunningLedger(run(all), null);
    }

    /**
     * The ledger on this database with its signing key (and the head it last signed) in this directory: a test that
     * restarts the ledger, or changes what the directory holds, names the directory rather than taking a fresh one.
     */
    static RunningLedger startWithKeys(TestDatabase database, Path keyDirectory, String... settings) {
        Map<String, Object> all = new HashMap<>(database.springProperties());
        all.put("ledger.integrity.key-directory", keyDirectory.toString());
        for (String setting : settings) {
            all.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
        }
        return start(all);
    }

    /**
     * For a test that decides which tree heads there are: the ledger signs only when the administrator asks (and on its
     * five-minute schedule), not a second after each write, so no head of its own comes between the test's.
     */
    static final String SIGNING_ONLY_WHEN_ASKED = "ledger.integrity.sign-after-writes=PT0S";

    /** Has the administrator sign a tree head now; answers it, failing the test unless it was signed (201). */
    JsonNode signTreeHead() {
        Response head = asAdmin().post("/api/ledger/tree-heads", "");
        if (head.status() != 201) {
            throw new AssertionError("expected a tree head signed (201): " + head);
        }
        return head.json();
    }

    /** The ledger signing people in with JWTs, as in production, from an identity provider the test plays. */
    static RunningLedger startWithTokens(Map<String, Object> properties, TestTokens tokens) {
        Map<String, Object> all = new HashMap<>(properties);
        all.putAll(tokens.ledgerProperties());
        return new RunningLedger(run(all), tokens);
    }

    private static ConfigurableApplicationContext run(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("server.port", "0");
        all.computeIfAbsent("ledger.integrity.key-directory", key -> temporaryKeyDirectory());
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(LedgerApplication.class).run(args);
    }

    /** The password the tests give each user they create. */
    static String passwordOf(String userId) {
        return ADMIN.equals(userId) ? ADMIN_PASSWORD : "pw-" + userId + "-" + SECRET;
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

    ConfigurableApplicationContext context() {
        return context;
    }

    /** Signed in as {@code recorderId} holding {@code recorderRole} (or not signed in, for a null id). */
    Response post(String path, String json, String recorderId, String recorderRole) {
        return post(path, json, recorderId, recorderRole, Map.of());
    }

    /** With headers of the test's own, such as Idempotency-Key. */
    Response post(String path, String json, String recorderId, String recorderRole, Map<String, String> headers) {
        makeTestFacultyKnown();
        Caller caller = recorderId == null ? anonymous() : as(recorderId, recorderRole);
        return caller.send("POST", path, json, headers.entrySet().stream()
                .flatMap(header -> Stream.of(header.getKey(), header.getValue())).toArray(String[]::new));
    }

    /** As the coordinator. */
    Response post(String path, String json) {
        return post(path, json, COORDINATOR, "COORDINATOR");
    }

    /**
     * Makes the people the tests' entries name known to the ledger before the first entry:
     * users created by the administrator, or, with token sign-in, people who have signed in once.
     */
    private void makeTestFacultyKnown() {
        if (testFacultyKnown) {
            return;
        }
        TEST_FACULTY.forEach((id, role) -> {
            Response me = as(id, role).get("/api/me");
            if (me.status() != 200) {
                throw new IllegalStateException("Could not sign in as " + id + ": " + me);
            }
        });
        testFacultyKnown = true;
    }

    /** As an auditor, who reads everything. */
    Response get(String path) {
        return get(path, "application/json");
    }

    Response get(String path, String accept) {
        return as(AUDITOR, "AUDITOR").get(path, accept);
    }

    /** No credentials at all. */
    Caller anonymous() {
        return new Caller(null);
    }

    /** The administrator: the user the first start created, or a token with the role ADMIN. */
    Caller asAdmin() {
        return tokens == null ? basic(ADMIN, ADMIN_PASSWORD) : as(ADMIN, "ADMIN");
    }

    /** A user holding (at least) these roles, created or given them first where the ledger keeps its users. */
    Caller as(String userId, String... roles) {
        return signedIn(userId, null, roles);
    }

    /** A trainee, who may read their own record only. */
    Caller asTrainee(String userId, String traineeId) {
        return signedIn(userId, traineeId, "TRAINEE");
    }

    /** Someone who holds these roles and, if {@code traineeId} is not null, is that trainee too. */
    Caller signedIn(String userId, String traineeId, String... roles) {
        if (tokens != null) {
            return new Caller("Bearer " + tokens.token(userId, List.of(roles), traineeId));
        }
        ensureUser(userId, traineeId, roles);
        return basic(userId, passwordOf(userId));
    }

    /** Any Authorization header, as a client might send it. */
    Caller withAuthorization(String authorization) {
        return new Caller(authorization);
    }

    private Caller basic(String userId, String password) {
        return new Caller("Basic " + Base64.getEncoder().encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Creates the user through the admin API, or grants the roles it lacks; once per user and roles. */
    private synchronized void ensureUser(String userId, String traineeId, String... roles) {
        Set<String> wanted = new LinkedHashSet<>(Arrays.asList(roles));
        if (traineeId != null) {
            wanted.add("trainee:" + traineeId);
        }
        Set<String> known = users.get(userId);
        if (known != null && known.containsAll(wanted)) {
            return;
        }
        ObjectNode user = JSON.createObjectNode();
        user.put("id", userId);
        user.put("password", passwordOf(userId));
        user.set("roles", JSON.valueToTree(List.of(roles)));
        user.put("traineeId", traineeId);
        Response created = asAdmin().post("/api/admin/users", user.toString());
        if (created.status() == 409) {
            // created by an earlier run of the ledger on this database, with the same password
            user.remove("id");
            user.remove("password");
            created = asAdmin().post("/api/admin/users/" + userId + "/roles", user.toString());
        }
        if (created.status() != 201 && created.status() != 200) {
            throw new IllegalStateException("Could not give user " + userId + " " + wanted + ": " + created);
        }
        users.computeIfAbsent(userId, id -> new LinkedHashSet<>()).addAll(wanted);
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
        if (context != null) {
            context.close();
        }
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers());
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

    /** An HTTP client signed in one way (or not at all). */
    final class Caller {

        private final String authorization;
        /** The client address a trusted proxy says it forwards for (X-Forwarded-For), or null. */
        private final String forwardedFor;

        private Caller(String authorization) {
            this(authorization, null);
        }

        private Caller(String authorization, String forwardedFor) {
            this.authorization = authorization;
            this.forwardedFor = forwardedFor;
        }

        /** The same caller, as a proxy in front of the ledger would pass on a request from {@code clientAddress}. */
        Caller behind(String clientAddress) {
            return new Caller(authorization, clientAddress);
        }

        /** The Authorization header it sends, for a client of the test's own making; null for none. */
        String authorization() {
            return authorization;
        }

        Response get(String path) {
            return get(path, "application/json");
        }

        Response get(String path, String accept) {
            return send("GET", path, null, "Accept", accept);
        }

        Response post(String path, String json) {
            return send("POST", path, json);
        }

        Response put(String path, String json) {
            return send("PUT", path, json);
        }

        /** Any request, with extra headers as name, value, name, value… */
        Response send(String method, String path, String json, String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }
            if (headers.length > 0) {
                request.headers(headers);
            }
            return RunningLedger.this.send(request.build());
        }
    }

    record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        /** The first value of a response header, or null. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
