package org.cartledger.schema;

import java.util.Comparator;
import java.util.List;

/**
 * The tables one module keeps in PostgreSQL: its migrations in {@code db/<module>} on the classpath,
 * numbered 1, 2, 3 within the module, with a Flyway history of its own ({@code flyway_history_<module>}),
 * so that no module's version numbers interleave with another's. Each module declares its schema as a
 * bean; {@link ModuleMigrations} runs the schemas of one process in {@link #order}.
 *
 * @param module the module's name in the location and the history table's name
 * @param order where it runs among the others: a schema that uses another's tables runs after it
 * @param formerMigrations which of its migrations a database made before the histories were kept per
 *                         module already holds, under which version of the single history
 */
public record ModuleSchema(String module, int order, List<FormerMigration> formerMigrations) {

    /** The order in which a process's schemas are migrated. */
    public static final Comparator<ModuleSchema> IN_ORDER = Comparator.comparingInt(ModuleSchema::order);

    public ModuleSchema {
        if (!module.matches("[a-z]+")) {
            throw new IllegalArgumentException("a module schema's name is lower-case letters: " + module);
        }
        formerMigrations = List.copyOf(formerMigrations);
    }

    public static ModuleSchema of(String module, int order, FormerMigration... formerMigrations) {
        return new ModuleSchema(module, order, List.of(formerMigrations));
    }

    public String location() {
        return "classpath:db/" + module;
    }

    public String historyTable() {
        return "flyway_history_" + module;
    }

    /**
     * One of this module's migrations as the single history ({@code flyway_schema_history}) recorded
     * it: under another version, with the checksum of the script as it was then. A former migration
     * that held two modules' tables is named by both.
     *
     * @param version the migration's version in this module
     * @param formerVersion its version in the single history
     * @param formerChecksum Flyway's checksum of the script that the single history applied
     */
    public record FormerMigration(int version, String formerVersion, int formerChecksum) {

        public static FormerMigration was(int version, String formerVersion, int formerChecksum) {
            return new FormerMigration(version, formerVersion, formerChecksum);
        }
    }
}
