package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cartledger.http.security.AccessRule;
import org.cartledger.http.security.AccessRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The API's OpenAPI document, as a client fetches it from the running ledger: every endpoint the access
 * rules name under /api is in it with its method, and nothing else; every problem type the code names
 * is listed; and Swagger UI is served by the ledger itself, without the internet.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class ApiDocumentTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Where a module names a rule as it refuses: the first string of these calls is the rule. */
    private static final Pattern RULE_NAMED = Pattern.compile("(?:Problems\\.of\\([^,()]+,|unacceptable\\(|conflict\\(|"
            + "new Refusal\\([^,()]+,|denied\\(|new CommandRefusal\\(|badRequest\\(|\\brule = )\\s*\"([a-z]+(?:-[a-z]+)*)\"");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern SOURCE_OR_LINK = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    private static RunningLedger ledger;
    private static JsonNode document;

    @BeforeAll
    static void fetchTheDocument() {
        RunningLedger.Response answer = ledger.anonymous().get("/v3/api-docs");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        document = answer.json();
        try {
            // for a reader of the build: the document as a client gets it
            Files.writeString(Path.of("target", "api-docs.json"), RunningLedger.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyApiEndpointOfTheAccessRulesIsInTheDocumentWithItsMethod() {
        Set<String> ruled = new TreeSet<>();
        for (AccessRule rule : ledger.bean(AccessRules.class).rules()) {
            if (rule.path().startsWith("/api/")) {
                assertThat(rule.method()).as("an API rule names its method: " + rule.path()).isNotNull();
                ruled.add(key(rule.method().name(), rule.path()));
            }
        }

        assertThat(ruled).as("the API's access rules").hasSizeGreaterThan(40);
        assertThat(documented()).isEqualTo(ruled);
    }

    @Test
    void onlyTheApiIsDescribedNotThePagesNorTheActuator() {
        List<String> paths = new ArrayList<>();
        document.get("paths").propertyNames().forEach(paths::add);

        assertThat(paths).isNotEmpty().allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void everyProblemTypeTheCodeNamesIsListed() {
        Set<String> named = rulesNamedInTheCode();
        assertThat(named).as("the scan finds the rules (else it proves nothing)")
                .contains("not-in-catalog", "role-not-permitted", "malformed-json", "cut-in-the-future", "user-already-exists");

        Set<String> listed = new TreeSet<>();
        for (JsonNode type : document.get("x-problem-types")) {
            String rule = type.get("rule").asString();
            listed.add(rule);
            assertThat(type.get("type").asString()).isEqualTo("urn:cartledger:rule:" + rule);
            assertThat(type.get("status").asString()).matches("[45](\\d\\d|xx)");
        }
        assertThat(listed).containsAll(named);

        JsonNode problem = document.at("/components/schemas/ProblemDetail");
        List<String> ruleNames = new ArrayList<>();
        problem.at("/properties/rule/enum").forEach(rule -> ruleNames.add(rule.asString()));
        assertThat(ruleNames).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(document.at("/info/description").asString()).contains("`completion-requirements-not-met`");
    }

    @Test
    void everyOperationSaysWhoMayCallItAndAnswersRefusalsAsProblems() {
        for (JsonNode operation : operations()) {
            assertThat(operation.get("description").asString()).as(operation.toString()).contains("Who may call it:");
            assertThat(operation.at("/responses/default/content").has("application/problem+json")).as(operation.toString()).isTrue();
            assertThat(operation.at("/responses/401/content/application~1problem+json/schema/$ref").asString())
                    .isEqualTo("#/components/schemas/ProblemDetail");
        }
    }

    @Test
    void whatSpringdocCannotSeeIsDescribedAsTheLedgerTakesAndAnswersIt() {
        JsonNode skills = document.at("/paths/~1api~1trainees~1{traineeId}~1skills/post");
        List<String> parameters = new ArrayList<>();
        skills.get("parameters").forEach(parameter -> parameters.add(parameter.get("in").asString() + " " + parameter.get("name").asString()));
        // the recorder is whoever is signed in, never a parameter; a retried command carries its key in a header
        assertThat(parameters).containsExactlyInAnyOrder("path traineeId", "header Idempotency-Key");
        assertThat(skills.get("tags").get(0).asString()).isEqualTo("activity");
        assertThat(document.at("/paths/~1api~1trainees~1{traineeId}~1transcript.pdf/get/responses/200/content").has("application/pdf")).isTrue();
        assertThat(document.at("/paths/~1api~1trainees~1{traineeId}~1transcript/get/responses/200/content").has("text/csv")).isTrue();
        assertThat(document.at("/paths/~1api~1admin~1sign-in-lockouts~1users~1{userId}/delete/responses").has("204")).isTrue();
    }

    @Test
    void everyJsonAnswerHasItsShape() {
        for (JsonNode operation : operations()) {
            operation.get("responses").properties().stream().filter(response -> response.getKey().startsWith("2")).forEach(response -> {
                JsonNode schema = response.getValue().at("/content/application~1json/schema");
                if (!schema.isMissingNode()) {
                    assertThat(schema.has("$ref") || schema.has("allOf") || schema.has("items") || schema.has("properties")
                            || !schema.path("type").asString().equals("object"))
                            .as("a shape, not a bare object: " + operation.get("operationId") + " " + response.getKey() + " " + schema).isTrue();
                }
            });
        }
        assertThat(document.at("/paths/~1api~1trainees~1{traineeId}~1dashboard/get/responses/200/content/application~1json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/TraineeDashboardView");
    }

    @Test
    void theLedgersOwnUsersSignInWithHttpBasic() {
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes").has("bearerAuth")).isFalse();
        assertThat(document.at("/security/0").has("basicAuth")).isTrue();
        assertThat(document.at("/info/title").asString()).isEqualTo("CAR-T fellowship training ledger");
    }

    @Test
    void swaggerUiIsServedByTheLedgerWithoutTheInternet() {
        RunningLedger.Response welcome = ledger.anonymous().get("/swagger-ui.html", "text/html");
        assertThat(welcome.status()).as(welcome.toString()).isIn(301, 302);
        String index = welcome.header("Location");
        assertThat(index).startsWith("/swagger-ui/");

        RunningLedger.Response page = ledger.anonymous().get(index, "text/html");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        List<String> assets = new ArrayList<>();
        Matcher asset = SOURCE_OR_LINK.matcher(page.body());
        while (asset.find()) {
            assets.add(asset.group(1));
        }
        assertThat(assets).as("the page's scripts and styles").isNotEmpty()
                .noneMatch(url -> url.contains("://") || url.startsWith("//"));
        for (String url : assets) {
            String path = url.startsWith("/") ? url : index.substring(0, index.lastIndexOf('/') + 1) + url.replaceFirst("^\\./", "");
            RunningLedger.Response served = ledger.anonymous().get(path, "*/*");
            assertThat(served.status()).as(path).isEqualTo(200);
            assertThat(served.body()).as(path).doesNotContain("petstore.swagger.io");
        }

        JsonNode config = ledger.anonymous().get("/v3/api-docs/swagger-config").json();
        assertThat(config.get("url").asString()).isEqualTo("/v3/api-docs");
        assertThat(config.get("validatorUrl").asString()).isEqualTo("none");
    }

    private static List<JsonNode> operations() {
        List<JsonNode> operations = new ArrayList<>();
        document.get("paths").forEach(item -> item.properties().stream()
                .filter(property -> METHODS.contains(property.getKey()))
                .forEach(property -> operations.add(property.getValue())));
        return operations;
    }

    private static Set<String> documented() {
        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().propertyNames().stream().filter(METHODS::contains)
                .forEach(method -> documented.add(key(method, path.getKey()))));
        return documented;
    }

    /** A method and path, whatever the names of its variables ({traineeId} in a rule may be {id} in a controller). */
    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}]*}", "{}");
    }

    private static Set<String> rulesNamedInTheCode() {
        Set<String> rules = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(ApiDocumentTest::isServerSource).toList()) {
                Matcher named = RULE_NAMED.matcher(Files.readString(file));
                while (named.find()) {
                    rules.add(named.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    private static boolean isServerSource(Path file) {
        String path = ROOT.relativize(file).toString().replace('\\', '/');
        return path.endsWith(".java") && path.contains("/src/main/java/") && !path.startsWith("bench/") && !path.contains("/target/");
    }
}
