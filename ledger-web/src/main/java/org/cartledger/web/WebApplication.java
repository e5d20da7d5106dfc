package org.cartledger.web;

import java.util.Map;
import org.cartledger.http.security.JwtSignInProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The web app on its own, for the scale-out deployment (profile {@code axonserver}): the pages for
 * people, which send commands to the command side and ask the query side through Axon Server, and
 * sign people in through the hospital's OpenID Connect provider. It keeps no users and no tables (no
 * database), so it cannot offer password sign-in: that is the one-process launcher's, which imports
 * {@link WebConfiguration} instead. Started without the provider configured, it stops at once, saying
 * what to set.
 */
@SpringBootApplication
public class WebApplication {

    public static void main(String[] args) {
        application().run(args);
    }

    /** The application with the web service's defaults, which the environment and command line override. */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(WebApplication.class);
        application.setDefaultProperties(Map.of("spring.application.name", "ledger-web"));
        application.addListeners((ApplicationEnvironmentPreparedEvent prepared) -> requireTheProvider(prepared.getEnvironment()));
        return application;
    }

    static void requireTheProvider(ConfigurableEnvironment environment) {
        Binder settings = Binder.get(environment);
        boolean tokens = settings.bind("ledger.security.jwt", JwtSignInProperties.class).map(JwtSignInProperties::configured).orElse(false);
        boolean registered = !settings.bind("spring.security.oauth2.client.registration", Bindable.mapOf(String.class, Object.class))
                .orElse(Map.of()).isEmpty();
        if (!tokens || !registered) {
            throw new IllegalStateException("The web app on its own signs people in through the hospital's OpenID Connect provider only "
                    + "(it keeps no users): set ledger.security.jwt.jwk-set-uri (or issuer-uri) and a client registration, "
                    + "spring.security.oauth2.client.registration.<id>.client-id with its provider (docs/sign-in-and-roles.md). Missing: "
                    + (tokens ? "" : "ledger.security.jwt.* ") + (registered ? "" : "spring.security.oauth2.client.registration.*"));
        }
    }
}
