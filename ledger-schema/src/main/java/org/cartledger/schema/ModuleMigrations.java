package org.cartledger.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates each module's tables with a Flyway of its own, in {@link ModuleSchema#IN_ORDER}: every
 * setting but the location and the history table is Boot's ({@code spring.flyway.*}, so the audit
 * service's own schema holds all of its histories). A module's history begins with a baseline: at
 * version 0 in a database made since, or, in a database that kept the single history before, at the
 * last of the module's migrations that history holds (see {@link FormerHistory}), so that nothing is
 * applied twice and the single history itself is left as it was.
 */
public final class ModuleMigrations implements FlywayMigrationStrategy {

    static final String TAKEN_OVER = "taken over from " + FormerHistory.TABLE;

    private final List<ModuleSchema> schemas;

    public ModuleMigrations(Collection<ModuleSchema> declared) {
        this.schemas = distinct(declared);
    }

    @Override
    public void migrate(Flyway boot) {
        Configuration base = boot.getConfiguration();
        FormerHistory former = FormerHistory.read(base.getDataSource(), schemaOf(base));
        for (ModuleSchema schema : schemas) {
            Flyway module = configure(base, schema).load();
            if (module.info().applied().length == 0) {
                // before the module's first migration: 0 in a database made since, else what the single history holds
                former.takeOverVersion(schema).ifPresent(version -> configure(base, schema)
                        .baselineVersion(String.valueOf(version)).baselineDescription(TAKEN_OVER).load().baseline());
            }
            module.migrate();
        }
    }

    /** The schemas in the order they are migrated. */
    public List<ModuleSchema> schemas() {
        return schemas;
    }

    private static FluentConfiguration configure(Configuration base, ModuleSchema schema) {
        // baselineOnMigrate: the second module's history begins in a schema the first one's tables already fill
        return Flyway.configure(base.getClassLoader()).configuration(base)
                .locations(schema.location())
                .table(schema.historyTable())
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("before the first migration of " + schema.module());
    }

    /** The schema Flyway's histories live in: Boot's default schema, else the first of its schemas, else the connection's. */
    private static String schemaOf(Configuration base) {
        if (base.getDefaultSchema() != null) {
            return base.getDefaultSchema();
        }
        return base.getSchemas().length > 0 ? base.getSchemas()[0] : null;
    }

    /** One schema per module: a module imported twice declares it twice, the same way, else it is a mistake. */
    private static List<ModuleSchema> distinct(Collection<ModuleSchema> declared) {
        Map<String, ModuleSchema> byModule = new LinkedHashMap<>();
        for (ModuleSchema schema : declared) {
            ModuleSchema before = byModule.putIfAbsent(schema.module(), schema);
            if (before != null && !before.equals(schema)) {
                throw new IllegalStateException("The schema of " + schema.module() + " is declared twice, differently: "
                        + before + " and " + schema);
            }
        }
        List<ModuleSchema> inOrder = new ArrayList<>(byModule.values());
        inOrder.sort(ModuleSchema.IN_ORDER);
        return List.copyOf(inOrder);
    }
}
