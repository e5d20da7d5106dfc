package org.cartledger.http.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code ledger-defaults.properties} (and {@code ledger-defaults-PROFILE.properties} for each
 * active profile) as the lowest-precedence settings of every process that
 * runs a side of the ledger (the launcher, the command side alone, the query side alone), so that
 * what both sides must agree on (how messages are serialized, Axon Server off unless the
 * {@code axonserver} profile is on) is written once. Anything in application.yml, the
 * environment or the command line overrides it.
 */
public class LedgerDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "ledger-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // profile defaults first: a property source added earlier wins over one added later
        for (String profile : environment.getActiveProfiles()) {
            addIfPresent(environment, "ledger-defaults-" + profile + ".properties");
        }
        addIfPresent(environment, RESOURCE);
    }

    private static void addIfPresent(ConfigurableEnvironment environment, String resource) {
        ClassPathResource file = new ClassPathResource(resource);
        if (!file.exists()) {
            return;
        }
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource(resource, file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
