package org.cartledger.schema;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Where a process has Flyway and a database, Boot's migration runs {@link ModuleMigrations} over the
 * {@link ModuleSchema}s its modules declare, in place of the single {@code db/migration} location.
 * A process without Flyway (the command side in the scale-out deployment) only declares its schema.
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
@ConditionalOnClass({Flyway.class, FlywayMigrationStrategy.class})
public class ModuleMigrationsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(FlywayMigrationStrategy.class)
    public ModuleMigrations moduleMigrations(ObjectProvider<ModuleSchema> schemas) {
        return new ModuleMigrations(schemas.stream().toList());
    }
}
