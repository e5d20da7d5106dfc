package org.cartledger.command.idempotency;

import org.cartledger.schema.ModuleSchema;
import org.cartledger.schema.ModuleSchema.FormerMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The idempotency keys' table ({@code db/command}), migrated where the command side has a database (in
 * the launcher); the command side of the scale-out deployment has none. It was 3.5 in the single history.
 */
@Configuration(proxyBeanMethods = false)
public class IdempotencyKeysSchemaConfiguration {

    @Bean
    public ModuleSchema idempotencyKeysTable() {
        return ModuleSchema.of("command", 40, FormerMigration.was(1, "3.5", -1799212577));
    }
}
