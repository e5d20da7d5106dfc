package org.cartledger.query.processing;

import org.cartledger.schema.ModuleSchema;
import org.cartledger.schema.ModuleSchema.FormerMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The read models' tables, their generations and dead letters ({@code db/query}): 2.0 and 4.2 in the
 * single history. Not part of {@link ProcessingConfiguration}, which the audit service imports for its
 * positions only: it keeps no read models.
 */
@Configuration(proxyBeanMethods = false)
public class ReadModelsSchemaConfiguration {

    @Bean
    public ModuleSchema readModelTables() {
        return ModuleSchema.of("query", 50, FormerMigration.was(1, "2.0", 1355999970), FormerMigration.was(2, "4.2", -441324285));
    }
}
