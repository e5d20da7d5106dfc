package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be started on the machines that build this (no Docker engine), so its
 * wiring is checked here: the services it names, the profile they run, and that every address and
 * credential one service uses is one another service offers.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
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
    void itRunsPostgresAxonServerAndTheTwoSidesAsSeparateServices() {
        assertThat(services).containsOnlyKeys("postgres", "axonserver", "command-side", "query-side");
    }

    @Test
    void bothSidesRunOnTheAxonserverProfileAndReachAxonServersGrpcPort() {
        for (String side : List.of("command-side", "query-side")) {
            Map<String, Object> environment = environment(side);
            assertThat(environment.get("SPRING_PROFILES_ACTIVE")).as(side).isEqualTo("axonserver");
            assertThat(environment.get("AXON_AXONSERVER_SERVERS")).as(side).isEqualTo("axonserver:8124");
        }
        assertThat(ports("axonserver")).contains("8124:8124");
    }

    @Test
    void bothSidesRestartUntilAxonServerAnswers() {
        for (String side : List.of("command-side", "query-side")) {
            assertThat(services.get(side).get("restart")).as(side).isEqualTo("on-failure");
        }
    }

    @Test
    void theQuerySideUsesTheComposedPostgresWithItsOwnCredentials() {
        Map<String, Object> query = environment("query-side");
        Map<String, Object> postgres = environment("postgres");
        assertThat(query.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
        assertThat(query.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(query.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        assertThat(environment("command-side")).doesNotContainKey("SPRING_DATASOURCE_URL");
    }

    @Test
    void eachSideIsBuiltFromAModuleOfThisRepositoryThatMakesARunnableJar() throws IOException {
        assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("-exec.jar", "ARG MODULE");
        for (String side : List.of("command-side", "query-side")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> build = (Map<String, Object>) services.get(side).get("build");
            @SuppressWarnings("unchecked")
            String module = (String) ((Map<String, Object>) build.get("args")).get("MODULE");
            assertThat(module).isEqualTo(side);
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            assertThat(pom).contains("spring-boot-maven-plugin", "<classifier>exec</classifier>");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(String service) {
        return (List<String>) services.get(service).get("ports");
    }
}
