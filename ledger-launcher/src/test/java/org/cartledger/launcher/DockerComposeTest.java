package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cartledger.api.recording.LedgerRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose.yml cannot be started on the machines that build this (no Docker engine), so its
 * wiring is checked here: the services it names, the profile they run, that every address and
 * credential one service uses is one another service offers, that every setting it gives the ledger's
 * own services is a property something reads, that a scaled service asks for no fixed host port, that
 * sign-in works out of the box, and that the image runs as a user who can write its data directory.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> LEDGER_SERVICES = List.of("command-side", "query-side", "audit", "web");
    /** The services meant to be scaled; the web app is one instance (see webServiceIsOneInstanceOnTheAddressTheRealmNames). */
    private static final List<String> SCALED_SERVICES = List.of("command-side", "query-side", "audit");
    /** Spring's client registrations are maps keyed by the registration id: checked by binding them, not by name. */
    private static final String CLIENT_SETTINGS = "SPRING_SECURITY_OAUTH2_CLIENT_";
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readComposeFile() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @Test
    void itRunsPostgresAxonServerAnIdentityProviderAndTheLedgersServicesSeparately() {
        assertThat(services).containsOnlyKeys("postgres", "axonserver", "keycloak", "command-side", "query-side", "audit", "web");
    }

    @Test
    void everyLedgerServiceRunsOnTheAxonserverProfileAndReachesAxonServersGrpcPort() {
        for (String service : LEDGER_SERVICES) {
            Map<String, Object> environment = environment(service);
            assertThat(environment.get("SPRING_PROFILES_ACTIVE")).as(service).isEqualTo("axonserver");
            assertThat(environment.get("AXON_AXONSERVER_SERVERS")).as(service).isEqualTo("axonserver:8124");
        }
        assertThat(ports("axonserver")).contains("8124:8124");
    }

    @Test
    void everyLedgerServiceRestartsUntilAxonServerAnswers() {
        for (String service : LEDGER_SERVICES) {
            assertThat(services.get(service).get("restart")).as(service).isEqualTo("on-failure");
        }
    }

    /**
     * The query side and the audit service keep their tables there. The command side runs without one: its
     * exec jar carries no migrations of its own yet, and the trainee's record alone keeps retries from recording twice.
     */
    @Test
    void theServicesWithTablesUseTheComposedPostgresWithItsCredentials() {
        Map<String, Object> postgres = environment("postgres");
        assertThat(environment("command-side")).doesNotContainKey("SPRING_DATASOURCE_URL");
        for (String service : List.of("query-side", "audit")) {
            Map<String, Object> environment = environment(service);
            assertThat(environment.get("SPRING_DATASOURCE_URL")).as(service)
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
            assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).as(service).isEqualTo(postgres.get("POSTGRES_USER"));
            assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).as(service).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        }
    }

    @Test
    void theAuditServiceKeepsItsSigningKeyOnAVolume() {
        assertThat(environment("audit").get("LEDGER_INTEGRITY_KEY_DIRECTORY")).isEqualTo("/data/keys");
        assertThat(list(services.get("audit").get("volumes"))).anySatisfy(volume -> assertThat(volume).endsWith(":/data"));
    }

    @Test
    void everyLedgerServiceIsBuiltFromAModuleOfThisRepositoryThatMakesARunnableJar() throws IOException {
        assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("-exec.jar", "ARG MODULE=ledger-launcher");
        Map<String, String> modules = Map.of("command-side", "command-side", "query-side", "query-side", "audit", "ledger-audit",
                "web", "ledger-web");
        for (String service : LEDGER_SERVICES) {
            @SuppressWarnings("unchecked")
            Map<String, Object> build = (Map<String, Object>) services.get(service).get("build");
            @SuppressWarnings("unchecked")
            String module = (String) ((Map<String, Object>) build.get("args")).get("MODULE");
            assertThat(module).as(service).isEqualTo(modules.get(service));
            assertThat(Files.readString(ROOT.resolve(module).resolve("pom.xml"))).as(service)
                    .contains("spring-boot-maven-plugin", "<classifier>exec</classifier>");
        }
    }

    /** A fixed host port can be bound once: `docker compose up --scale query-side=2` would fail on the second. */
    @Test
    void noLedgerServiceAsksForAFixedHostPort() {
        Set<String> hostPorts = new HashSet<>();
        for (String service : SCALED_SERVICES) {
            for (String mapping : ports(service)) {
                String[] parts = mapping.split(":");
                assertThat(parts).as(service + " " + mapping).hasSizeBetween(1, 2);
                if (parts.length == 2) {
                    assertThat(parts[0]).as(service + ": a range of host ports, or none").matches("\\d+-\\d+");
                    assertThat(hostPorts.add(parts[0])).as(service + ": a range of its own").isTrue();
                }
            }
        }
    }

    /**
     * A misspelt variable is ignored without a word (Spring binds what it knows), so each one the
     * ledger's services are given must name a property that Spring Boot, Axon or the ledger declares.
     */
    @Test
    void everySettingGivenToALedgerServiceIsARealProperty() throws Exception {
        Set<String> known = declaredProperties();
        assertThat(known).as("sanity: the declarations were found")
                .contains(asInTheEnvironment("spring.datasource.url"), asInTheEnvironment("axon.axonserver.servers"),
                        asInTheEnvironment("ledger.integrity.key-directory"), asInTheEnvironment("ledger.security.jwt.jwk-set-uri"));
        assertThat(known).doesNotContain(asInTheEnvironment("ledger.integrity.key-folder"));
        for (String service : LEDGER_SERVICES) {
            for (String variable : environment(service).keySet()) {
                if (!variable.startsWith(CLIENT_SETTINGS)) {
                    assertThat(known).as(service + " sets " + variable).contains(asInTheEnvironment(variable));
                }
            }
        }
    }

    /** `docker compose up` alone must give a ledger that signs people in, not one that answers 401 to everything. */
    @Test
    void byDefaultTheServicesTakeTokensFromTheComposedKeycloakWithTheSixRolesInTheirClaim() throws IOException {
        JsonNode realm = JsonMapper.shared().readTree(ROOT.resolve("docker/keycloak/ledger-realm.json").toFile());
        Set<String> roles = new HashSet<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asString()));
        assertThat(roles).containsAll(Arrays.stream(LedgerRole.values()).map(Enum::name).toList());
        List<String> claims = new ArrayList<>();
        realm.path("clients").forEach(client -> client.path("protocolMappers")
                .forEach(mapper -> claims.add(mapper.path("config").path("claim.name").asString())));
        assertThat(claims).contains("roles", "trainee_id");
        assertThat(list(services.get("keycloak").get("volumes"))).contains("./docker/keycloak:/opt/keycloak/data/import:ro");
        assertThat(list(services.get("keycloak").get("command"))).contains("--import-realm");
        for (String service : LEDGER_SERVICES) {
            Map<String, Object> environment = environment(service);
            assertThat((String) environment.get("LEDGER_SECURITY_JWT_JWK_SET_URI")).as(service)
                    .endsWith(":-http://keycloak:8080/realms/" + realm.path("realm").asString() + "/protocol/openid-connect/certs}");
            assertThat((String) environment.get("LEDGER_SECURITY_JWT_ROLES_CLAIM")).as(service).endsWith(":-roles}");
        }
    }

    /**
     * The web app signs people in through the realm's "ledger-web" client: its settings, bound as Spring binds
     * environment variables, make a client registration (so none is misspelt), which matches the realm's client
     * (id, secret, the code flow with PKCE, the redirect and post-logout URIs at the web service's address), and
     * the realm puts the roles and trainee id into the ID token under the claims the web app reads.
     */
    @Test
    void theWebServiceSignsPeopleInThroughTheRealmsWebClient() throws IOException {
        Map<String, Object> settings = new HashMap<>();
        environment("web").forEach((variable, value) -> settings.put(variable, composeDefault(String.valueOf(value))));
        assertThat(settings.keySet()).anyMatch(variable -> variable.startsWith(CLIENT_SETTINGS));
        StandardEnvironment spring = new StandardEnvironment();
        // as the container's environment: Spring maps variable names (relaxed binding) only for a source under that name
        spring.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, settings));
        OAuth2ClientProperties client = Binder.get(spring).bind("spring.security.oauth2.client", OAuth2ClientProperties.class)
                .orElseThrow(() -> new AssertionError("no client registration bound from " + settings.keySet()));
        client.validate();
        long bound = settings.keySet().stream().filter(variable -> variable.startsWith(CLIENT_SETTINGS)).count();
        OAuth2ClientProperties.Registration registration = client.getRegistration().get("keycloak");
        OAuth2ClientProperties.Provider provider = client.getProvider().get("keycloak");
        assertThat(Arrays.asList(registration.getClientId(), registration.getClientSecret(), registration.getClientName(),
                registration.getScope(), registration.getAuthorizationGrantType(), registration.getRedirectUri(), provider.getAuthorizationUri(), provider.getTokenUri(), provider.getJwkSetUri(),
                provider.getUserInfoUri(), provider.getUserNameAttribute()))
                .as("every client setting was bound").doesNotContainNull().hasSize((int) bound);
        ClientRegistration keycloak = new OAuth2ClientPropertiesMapper(client).asClientRegistrations().get("keycloak");
        assertThat(keycloak.getScopes()).contains("openid");
        assertThat(keycloak.getAuthorizationGrantType().getValue()).isEqualTo("authorization_code");
        assertThat(keycloak.getClientSettings().isRequireProofKey()).as("PKCE").isTrue();

        JsonNode realm = JsonMapper.shared().readTree(ROOT.resolve("docker/keycloak/ledger-realm.json").toFile());
        JsonNode webClient = null;
        for (JsonNode candidate : realm.path("clients")) {
            if (candidate.path("clientId").asString().equals(keycloak.getClientId())) {
                webClient = candidate;
            }
        }
        assertThat(webClient).as("the realm has the web app's client").isNotNull();
        assertThat(webClient.path("publicClient").asBoolean()).isFalse();
        assertThat(webClient.path("secret").asString()).isEqualTo(keycloak.getClientSecret());
        assertThat(webClient.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(webClient.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        String address = "http://localhost:" + ports("web").get(0).split(":")[0];
        assertThat(webClient.path("redirectUris").get(0).asString()).isEqualTo(address + "/login/oauth2/code/keycloak")
                .isEqualTo(keycloak.getRedirectUri().replace("{baseUrl}", address).replace("{registrationId}", keycloak.getRegistrationId()));
        assertThat(webClient.path("attributes").path("post.logout.redirect.uris").asString()).isEqualTo(address + "/sign-in?signed-out");
        List<String> idTokenClaims = new ArrayList<>();
        webClient.path("protocolMappers").forEach(mapper -> {
            if (mapper.path("config").path("id.token.claim").asBoolean()) {
                idTokenClaims.add(mapper.path("config").path("claim.name").asString());
            }
        });
        assertThat(idTokenClaims).contains(composeDefault((String) environment("web").get("LEDGER_SECURITY_JWT_ROLES_CLAIM")), "trainee_id");

        // the browser goes to Keycloak's public name; the web app itself talks to it over the compose network
        String realmPath = "/realms/" + realm.path("realm").asString() + "/protocol/openid-connect/";
        assertThat(keycloak.getProviderDetails().getAuthorizationUri())
                .isEqualTo(environment("keycloak").get("KC_HOSTNAME") + realmPath + "auth");
        assertThat(keycloak.getProviderDetails().getTokenUri()).isEqualTo("http://keycloak:8080" + realmPath + "token");
        assertThat(keycloak.getProviderDetails().getJwkSetUri()).isEqualTo("http://keycloak:8080" + realmPath + "certs");
    }

    /** Sessions live in the instance's memory and the realm names one redirect address: one web app, on one port. */
    @Test
    void theWebServiceIsOneInstanceOnTheAddressTheRealmNames() {
        assertThat(ports("web")).containsExactly("8120:8080");
        assertThat(services.get("web")).doesNotContainKey("deploy");
        assertThat(Set.copyOf(ports("web"))).doesNotContainAnyElementsOf(SCALED_SERVICES.stream().flatMap(service -> ports(service).stream()).toList());
    }

    @Test
    void theImageRunsAsAUserWhoCanWriteItsDataDirectory() throws IOException {
        List<String> dockerfile = Files.readAllLines(ROOT.resolve("Dockerfile"));
        List<String> lastStage = dockerfile.subList(lastIndexStartingWith(dockerfile, "FROM "), dockerfile.size());
        String user = valueOf(lastStage, "USER ");
        assertThat(user).isNotIn("root", "0");
        String workdir = valueOf(lastStage, "WORKDIR ");
        String stage = String.join("\n", lastStage);
        assertThat(stage).as("the launcher writes ./ledger-data, the audit service /data")
                .contains("mkdir -p " + workdir + "/ledger-data /data")
                .containsPattern("chown -R " + user + ":" + user + " " + workdir + " /data");
        assertThat(lastIndexStartingWith(lastStage, "USER ")).as("USER after the directories are made")
                .isGreaterThan(lastIndexStartingWith(lastStage, "RUN "));
        assertThat(Files.readAllLines(ROOT.resolve(".dockerignore"))).contains("**/target/", "**/ledger-data/", ".git/");
    }

    private static Set<String> declaredProperties() throws Exception {
        Set<String> names = new HashSet<>();
        ClassLoader loader = DockerComposeTest.class.getClassLoader();
        for (String resource : List.of("META-INF/spring-configuration-metadata.json", "META-INF/additional-spring-configuration-metadata.json")) {
            for (URL url : Collections.list(loader.getResources(resource))) {
                try (InputStream in = url.openStream()) {
                    JsonMapper.shared().readTree(in).path("properties").forEach(property -> names.add(property.path("name").asString()));
                }
            }
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.cartledger")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            String prefix = type.getAnnotation(ConfigurationProperties.class).value();
            if (type.isRecord()) {
                Arrays.stream(type.getRecordComponents()).forEach(component -> names.add(prefix + "." + component.getName()));
            }
        }
        return names.stream().map(DockerComposeTest::asInTheEnvironment).collect(Collectors.toSet());
    }

    /**
     * A property's name or an environment variable's, reduced to what Spring's relaxed binding compares:
     * letters and digits, in upper case ({@code key-directory}, {@code keyDirectory} and {@code KEY_DIRECTORY} alike).
     */
    private static String asInTheEnvironment(String name) {
        return name.replaceAll("[._-]", "").toUpperCase();
    }

    /** A value as compose gives it when the variable it names is not set: {@code ${NAME:-default}} is the default. */
    private static String composeDefault(String value) {
        return value.replaceAll("\\$\\{[A-Z_]+:-([^}]*)}", "$1");
    }

    private static int lastIndexStartingWith(List<String> lines, String prefix) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static String valueOf(List<String> lines, String instruction) {
        int at = lastIndexStartingWith(lines, instruction);
        assertThat(at).as(instruction.trim() + " in the image's last stage").isNotNegative();
        return lines.get(at).substring(instruction.length()).trim();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }

    private static List<String> ports(String service) {
        return list(services.get(service).get("ports"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
