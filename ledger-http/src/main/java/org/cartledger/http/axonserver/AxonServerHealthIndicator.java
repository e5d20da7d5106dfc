package org.cartledger.http.axonserver;

import java.util.Map;
import java.util.TreeMap;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Axon Server in {@code /actuator/health} (as {@code axonServer}) and in readiness: DOWN while this
 * process has no connection to its context, since then every command, query and event it sends or
 * awaits fails. Axon 4.13 ships an indicator of its own, but it extends Spring Boot 3's
 * {@code AbstractHealthIndicator}, which Boot 4 moved, so it never loads and a side cut off from Axon
 * Server said UP. Connections are looked at, never opened: the connector reconnects on its own, and a
 * health check must not wait for it.
 */
public class AxonServerHealthIndicator implements HealthIndicator {

    private final AxonServerConnectionManager connections;
    private final String servers;

    public AxonServerHealthIndicator(AxonServerConnectionManager connections, String servers) {
        this.connections = connections;
        this.servers = servers;
    }

    @Override
    public Health health() {
        String context = connections.getDefaultContext();
        // every context this process has asked for, with its own: one it never asked for is not connected either
        Map<String, Boolean> contexts = new TreeMap<>(connections.connections());
        contexts.putIfAbsent(context, false);
        boolean allConnected = contexts.values().stream().allMatch(Boolean::booleanValue);
        Health.Builder health = allConnected ? Health.up() : Health.down();
        health.withDetail("servers", servers).withDetail("context", context).withDetail("connected", contexts);
        if (!allConnected) {
            health.withDetail("error", "No connection to Axon Server at " + servers + " for context(s) "
                    + contexts.entrySet().stream().filter(c -> !c.getValue()).map(Map.Entry::getKey).toList()
                    + ": commands, queries and events cannot pass until it answers (the connector keeps trying)");
        }
        return health.build();
    }
}
