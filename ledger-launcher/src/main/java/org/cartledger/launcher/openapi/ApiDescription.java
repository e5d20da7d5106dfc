package org.cartledger.launcher.openapi;

import static org.cartledger.http.security.AccessRule.get;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cartledger.api.dashboard.TraineeDashboardView;
import org.cartledger.api.recording.Recorder;
import org.cartledger.api.transcript.TranscriptView;
import org.cartledger.command.idempotency.IdempotencyKey;
import org.cartledger.http.security.AccessRule;
import org.cartledger.http.security.AccessRuleSet;
import org.cartledger.http.security.AccessRules;
import org.cartledger.http.security.ConditionalOnPasswordSignIn;
import org.cartledger.http.security.ConditionalOnTokenSignIn;
import org.cartledger.launcher.LedgerApplication;
import org.cartledger.launcher.openapi.ProblemTypes.ProblemType;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.cartledger.proof.bundle.ConsistencyProofJson;
import org.cartledger.proof.bundle.InclusionProofJson;
import org.cartledger.proof.bundle.TranscriptBundle;
import org.cartledger.proof.witness.Cosignature;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API described by an OpenAPI document that springdoc generates from the controllers, at
 * {@value #DOCUMENT} (JSON; {@code .yaml} for YAML), and browsable with Swagger UI at {@value #BROWSER},
 * served from its jar: nothing is fetched from the internet. Only the API (under {@code /api}) is described;
 * the web app's pages and the actuator are left out (springdoc.paths-to-match in application.yml).
 *
 * <p>It lives in the launcher because the launcher is the one process that holds every module's controllers,
 * so its document describes the whole API. A side run on its own (the scale-out deployment) serves only a part
 * of the API, on a port of its own; a document there would describe that part as if it were the API.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDescription {

    public static final String DOCUMENT = "/v3/api-docs";
    public static final String BROWSER = "/swagger-ui.html";
    private static final String PROBLEM = "ProblemDetail";
    private static final String COMMAND_SIDE = "org.cartledger.command";
    private static final String BASIC = "basicAuth";
    /** The bodies of the views and proofs whose controllers answer a ResponseEntity<?>, which springdoc cannot see into. */
    private static final Map<String, Type> BODIES = Map.of(
            "/api/trainees/{traineeId}/dashboard", TraineeDashboardView.class,
            "/api/trainees/{traineeId}/transcript", TranscriptView.class,
            "/api/trainees/{traineeId}/transcript-bundle", TranscriptBundle.class,
            "/api/ledger/tree-heads/latest", BundleTreeHead.class,
            "/api/ledger/proofs/inclusion", InclusionProofJson.class,
            "/api/ledger/proofs/consistency", ConsistencyProofJson.class,
            "/api/ledger/tree-heads/{treeSize}/cosignatures", Cosignature.class);
    private static final String BEARER = "bearerAuth";

    private static final String DESCRIPTION = """
            The training record of the Oncology Fellowship Program in Cellular Therapy, kept as a ledger: every \
            enrollment, round attended, case presented, procedure performed, skill signed off, evaluation and committee \
            decision is an immutable event. Nothing is ever updated or deleted; a mistake is corrected by a new entry that \
            names the one it corrects, with the reason. The competency dashboard, the cohort list and the transcript are \
            built from those events alone.

            Every request is signed in; who may call an endpoint is said in its description (the role matrix of \
            docs/sign-in-and-roles.md). Every command answers 201 with the new entry's id. Every refusal is \
            `application/problem+json` whose `type` is `urn:cartledger:rule:` followed by the rule it breaks (also in \
            `rule`), and stores nothing.

            ## Problem types""";

    /**
     * Open to anyone, without credentials: Swagger UI loads the document before anyone can sign in there, and a
     * page the browser opens cannot carry a bearer token; the document holds no record data, only what the
     * endpoints take and answer, which docs/api.md publishes anyway. Calling an endpoint still needs sign-in.
     */
    public static final AccessRuleSet RULES = AccessRuleSet.of("ledger-launcher",
            // the document, and Swagger UI's configuration (/v3/api-docs/swagger-config)
            get(DOCUMENT + "/**").toAnyone(),
            get(DOCUMENT + ".yaml").toAnyone(),
            // Swagger UI: the page and its scripts and styles, from the jar
            get(BROWSER).toAnyone(),
            get("/swagger-ui/**").toAnyone());

    @Bean
    public AccessRuleSet apiDescriptionAccessRules() {
        return RULES;
    }

    static {
        // who records an entry is the person signed in, resolved from the sign-in, never a parameter a client sends
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Recorder.class);
    }

    /** Each operation under the feature it belongs to (its controller's package), and what springdoc cannot see. */
    @Bean
    public OperationCustomizer featuresAndHeaders() {
        return (operation, handler) -> {
            String feature = handler.getBeanType().getPackageName();
            operation.setTags(List.of(feature.substring(feature.lastIndexOf('.') + 1)));
            if (feature.startsWith(COMMAND_SIDE)) {
                // read where the entry is recorded (IdempotencyKeys), not by the controller
                operation.addParametersItem(new HeaderParameter().name(IdempotencyKey.HEADER).required(false)
                        .schema(new StringSchema().pattern("^[!-~]{1," + IdempotencyKey.MAX_LENGTH + "}$"))
                        .description("A key the client makes once per entry (a UUID): the same request sent again with it "
                                + "records the entry once and is answered as the first was."));
            }
            return operation;
        };
    }

    @Bean
    public OpenApiCustomizer theLedgersApi(AccessRules access) {
        return api -> {
            api.info(new Info()
                    .title("CAR-T fellowship training ledger")
                    .version(Optional.ofNullable(LedgerApplication.class.getPackage().getImplementationVersion()).orElse("development"))
                    .description(DESCRIPTION + problemTable()));
            api.addExtension("x-problem-types", ProblemTypes.ALL.stream().map(ApiDescription::asExtension).toList());
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.components(components.addSchemas(PROBLEM, problemSchema()));
            Map<String, AccessRule> rules = access.rules().stream()
                    .filter(rule -> rule.method() != null)
                    .collect(Collectors.toMap(rule -> key(rule.method().name(), rule.path()), rule -> rule, (a, b) -> a, LinkedHashMap::new));
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                describe(operation, rules.get(key(method.name(), path)));
                hiddenAnswers(path, operation, components);
            }));
        };
    }

    /** HTTP Basic with a ledger user's id and password: where the ledger keeps its users (the embedded default). */
    @Bean
    @ConditionalOnPasswordSignIn
    public OpenApiCustomizer passwordSignIn() {
        return api -> signIn(api, BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A ledger user's id and password."));
    }

    /** Bearer tokens from the hospital's identity provider: where ledger.security.jwt.* names one. */
    @Bean
    @ConditionalOnTokenSignIn
    public OpenApiCustomizer tokenSignIn() {
        return api -> signIn(api, BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A token from the hospital's sign-in service, its roles in the configured claim."));
    }

    private static void signIn(OpenAPI api, String name, SecurityScheme scheme) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components.addSecuritySchemes(name, scheme));
        api.security(List.of(new SecurityRequirement().addList(name)));
    }

    /** A path as a rule and a document both write it, whatever the names of its variables. */
    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}]*}", "{}");
    }

    /** Who may call it, and how it is refused: every refusal is a problem. */
    private static void describe(Operation operation, AccessRule rule) {
        if (rule != null) {
            String who = "**Who may call it:** " + rule.who() + (rule.notAboutOneself() ? "; never about oneself." : ".");
            operation.description(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
            operation.addExtension("x-roles", rule.roles().stream().map(Enum::name).toList());
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (rule == null || !rule.open()) {
            responses.putIfAbsent("401", problem("Not signed in, or credentials not accepted (authentication-required, credentials-rejected)."));
            responses.putIfAbsent("403", problem("Signed in, but not allowed (role-not-permitted, own-records-only, no-entries-about-yourself)."));
        }
        responses.put("default", problem("Refused: application/problem+json, its rule named in `type` and `rule` "
                + "(the problem types are listed in the API's description and in x-problem-types). Nothing was stored."));
        operation.responses(responses);
    }

    /**
     * What an answer built by hand (a ResponseEntity) hides from springdoc: the body of a view or proof, the
     * transcript's files, and an answer that is a problem when refused and empty when done.
     */
    private static void hiddenAnswers(String path, Operation operation, Components components) {
        ApiResponses responses = operation.getResponses();
        ApiResponse ok = responses.get("200");
        if (ok == null || ok.getContent() == null) {
            return;
        }
        Type body = BODIES.get(path);
        if (body != null) {
            Schema<?> schema = schemaOf(body, components);
            if (path.endsWith("/inclusion")) {
                // the proof, and beside its members the position of the event it proves (EntryInclusionProof)
                schema = new Schema<>().allOf(List.of(schema, new ObjectSchema()
                        .addProperty("position", new IntegerSchema().format("int64").description("the event's ledger position"))));
            }
            ok.getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE).schema(schema);
        }
        if (path.endsWith(".pdf")) {
            ok.content(new Content().addMediaType("application/pdf", new MediaType().schema(new StringSchema().format("binary"))));
        } else if (path.endsWith("/transcript.csv")) {
            ok.content(new Content().addMediaType("text/csv", new MediaType().schema(new StringSchema())));
        } else if (path.endsWith("/transcript")) {
            ok.getContent().addMediaType("text/csv", new MediaType().schema(new StringSchema()
                    .description("the same transcript as CSV, when Accept asks for text/csv")));
        } else if (ok.getContent().values().stream().anyMatch(type -> type.getSchema() != null
                && ("#/components/schemas/" + PROBLEM).equals(type.getSchema().get$ref()))) {
            responses.remove("200");
            responses.put("204", new ApiResponse().description("Done; no content."));
        }
    }

    /** The type's schema among the components, with every schema it refers to, as springdoc resolves the others. */
    private static Schema<?> schemaOf(Type type, Components components) {
        ModelConverters.getInstance(true).readAll(type).forEach((name, schema) -> {
            if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                components.addSchemas(name, schema);
            }
        });
        return new Schema<>().$ref("#/components/schemas/" + ((Class<?>) type).getSimpleName());
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the field as the request wrote it: eligibility.institution, adjustedGoals[2]"))
                .addProperty("message", new StringSchema().description("what is wrong with it, and what it takes"));
        return new ObjectSchema()
                .description("A refusal (RFC 9457 problem details), answered as application/problem+json. Nothing was stored. "
                        + "Some refusals carry more members: `retryAfterSeconds` and `lockedUntil` (sign-in-locked), "
                        + "`incidentId` (internal-error).")
                .addProperty("type", new StringSchema().format("uri")
                        .description("the broken rule as a URN: urn:cartledger:rule:{rule}")
                        .example(ProblemTypes.ALL.get(0).type()))
                .addProperty("title", new StringSchema().description("what the rule is, in a few words"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("what was wrong in this request, and how to fix it"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("the path requested"))
                .addProperty("rule", new StringSchema().description("the broken rule's name")
                        ._enum(ProblemTypes.ALL.stream().map(ProblemType::rule).toList()))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("each field at fault (invalid-request)"));
    }

    private static Map<String, String> asExtension(ProblemType problem) {
        Map<String, String> type = new LinkedHashMap<>();
        type.put("type", problem.type());
        type.put("rule", problem.rule());
        type.put("status", problem.status());
        type.put("meaning", problem.meaning());
        return type;
    }

    private static String problemTable() {
        return ProblemTypes.ALL.stream()
                .map(problem -> "| `" + problem.rule() + "` | " + problem.status() + " | " + problem.meaning() + " |")
                .collect(Collectors.joining("\n", "\n\n| rule | status | meaning |\n|---|---|---|\n", "\n"));
    }
}
