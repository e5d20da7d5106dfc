package org.cartledger.http.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class LedgerDefaultsTest {

    @Test
    void byDefaultAxonServerIsOffAndEveryMessageIsJackson3Json() {
        StandardEnvironment environment = processed(new StandardEnvironment());

        assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("axon.serializer.general")).isEqualTo("jackson3");
        assertThat(environment.getProperty("axon.serializer.events")).isEqualTo("jackson3");
        assertThat(environment.getProperty("axon.serializer.messages")).isEqualTo("jackson3");
    }

    @Test
    void theAxonserverProfileTurnsAxonServerOn() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("axonserver");

        assertThat(processed(environment).getProperty("axon.axonserver.enabled")).isEqualTo("true");
    }

    @Test
    void anythingTheOperatorSetsWinsOverTheDefaults() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator", Map.of(
                "ledger.program-time-zone", "Europe/Amsterdam", "axon.axonserver.enabled", "true")));

        processed(environment);

        assertThat(environment.getProperty("ledger.program-time-zone")).isEqualTo("Europe/Amsterdam");
        assertThat(environment.getProperty("axon.axonserver.enabled")).isEqualTo("true");
    }

    private static StandardEnvironment processed(StandardEnvironment environment) {
        new LedgerDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
