package org.cartledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The web app on its own keeps no users: started without the provider, it stops at once and says what to set. */
class WebApplicationTest {

    @Test
    void withoutTheProviderItStopsSayingWhatToSet() {
        assertThatThrownBy(() -> WebApplication.requireTheProvider(environment(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OpenID Connect provider")
                .hasMessageContaining("Missing: ledger.security.jwt.* spring.security.oauth2.client.registration.*");
    }

    @Test
    void tokensAloneAreNotEnoughForThePages() {
        assertThatThrownBy(() -> WebApplication.requireTheProvider(environment(Map.of(
                "LEDGER_SECURITY_JWT_JWK_SET_URI", "http://keycloak:8080/realms/ledger/protocol/openid-connect/certs"))))
                .hasMessageEndingWith("Missing: spring.security.oauth2.client.registration.*");
    }

    @Test
    void startsWithTheProviderSetAsComposeSetsIt() {
        assertThatCode(() -> WebApplication.requireTheProvider(environment(Map.of(
                "LEDGER_SECURITY_JWT_JWK_SET_URI", "http://keycloak:8080/realms/ledger/protocol/openid-connect/certs",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_KEYCLOAK_CLIENTID", "ledger-web")))).doesNotThrowAnyException();
        assertThat(WebApplication.application().getAllSources()).contains(WebApplication.class);
    }

    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        // in place of the process's own environment, under its name: Spring maps variable names only for that source
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return environment;
    }
}
