package org.cartledger.store;

import org.cartledger.schema.ModuleSchema;
import org.cartledger.schema.ModuleSchema.FormerMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The table where tracking and pooled processors keep their positions ({@code db/tokens}), in every
 * process that runs one: the query side's read models and the audit module's tree. It was 1.1 in the
 * single history.
 */
@Configuration(proxyBeanMethods = false)
public class TokenStoreSchemaConfiguration {

    @Bean
    public ModuleSchema tokenStoreTable() {
        return ModuleSchema.of("tokens", 20, FormerMigration.was(1, "1.1", -260743156));
    }
}
