package org.cartledger.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cartledger.schema.ModuleSchema.FormerMigration.was;

import java.util.List;
import org.cartledger.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two modules' migrations on a real PostgreSQL: {@code alpha}'s first table refers to {@code beta}'s, so
 * alpha runs after beta or fails. In a database made before, the single history ({@code db/single}: beta
 * as 1.0, alpha's first migration as 1.5) is taken over, and only what it lacks is applied.
 */
class ModuleMigrationsTest {

    private static final int BETA_V1 = 1465614219;
    private static final int ALPHA_V1 = 373724992;

    private static final ModuleSchema BETA = ModuleSchema.of("beta", 10, was(1, "1.0", BETA_V1));
    private static final ModuleSchema ALPHA = ModuleSchema.of("alpha", 20, was(1, "1.5", ALPHA_V1));

    private TestDatabase database;
    private JdbcTemplate jdbc;

    @BeforeEach
    void aNewDatabase() {
        database = TestDatabase.create();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database.url(), database.user(), ""));
    }

    @AfterEach
    void dropIt() {
        database.close();
    }

    @Test
    void eachModuleKeepsItsOwnHistoryAndTheyRunInTheirOrderWhateverTheOrderDeclared() {
        ModuleMigrations migrations = new ModuleMigrations(List.of(ALPHA, BETA));
        assertThat(migrations.schemas()).containsExactly(BETA, ALPHA);

        migrations.migrate(boot());

        assertThat(versions("flyway_history_beta")).containsExactly("1");
        // the second module's history begins in a schema the first one's tables already fill: a baseline at 0
        assertThat(versions("flyway_history_alpha")).containsExactly("0", "1", "2");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.columns"
                + " where table_name = 'alpha_item' and column_name = 'note'", Integer.class)).isEqualTo(1);
        assertThat(tableExists("flyway_schema_history")).isFalse();
    }

    @Test
    void migratingAgainAppliesNothing() {
        new ModuleMigrations(List.of(ALPHA, BETA)).migrate(boot());
        new ModuleMigrations(List.of(ALPHA, BETA)).migrate(boot());

        assertThat(versions("flyway_history_beta")).containsExactly("1");
        assertThat(versions("flyway_history_alpha")).containsExactly("0", "1", "2");
    }

    @Test
    void aDatabaseMadeBeforeKeepsItsSingleHistoryAndGetsOnlyWhatItLacks() {
        singleHistory();
        jdbc.update("insert into beta_item (id) values (7)");
        jdbc.update("insert into alpha_item (id, beta_id) values (1, 7)");
        List<String> before = jdbc.queryForList("select installed_rank || ' ' || version || ' ' || checksum"
                + " from flyway_schema_history order by installed_rank", String.class);

        new ModuleMigrations(List.of(ALPHA, BETA)).migrate(boot());

        assertThat(jdbc.queryForList("select version || ' ' || description from flyway_history_alpha order by installed_rank",
                String.class)).containsExactly("1 " + ModuleMigrations.TAKEN_OVER, "2 alpha notes");
        assertThat(versions("flyway_history_beta")).containsExactly("1");
        assertThat(jdbc.queryForObject("select type from flyway_history_beta", String.class)).isEqualTo("BASELINE");
        assertThat(jdbc.queryForList("select installed_rank || ' ' || version || ' ' || checksum"
                + " from flyway_schema_history order by installed_rank", String.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select beta_id from alpha_item where id = 1", Integer.class)).isEqualTo(7);
    }

    @Test
    void aSingleHistoryMigratedWithAnotherScriptIsRefusedNamingTheVersionAndNothingIsApplied() {
        singleHistory();
        ModuleSchema alphaOtherwise = ModuleSchema.of("alpha", 20, was(1, "1.5", ALPHA_V1 + 1));

        assertThatThrownBy(() -> new ModuleMigrations(List.of(alphaOtherwise, BETA)).migrate(boot()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("alpha")
                .hasMessageContaining("version 1.5 with checksum " + ALPHA_V1);
        assertThat(tableExists("flyway_history_alpha")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from information_schema.columns"
                + " where table_name = 'alpha_item' and column_name = 'note'", Integer.class)).isZero();
    }

    @Test
    void aSingleHistoryWithAGapInAModulesMigrationsIsRefused() {
        singleHistory();
        ModuleSchema alphaWithAnEarlierOne = ModuleSchema.of("alpha", 20, was(1, "1.2", 42), was(2, "1.5", ALPHA_V1));

        assertThatThrownBy(() -> new ModuleMigrations(List.of(alphaWithAnEarlierOne, BETA)).migrate(boot()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds version 1.5 but not 1.2");
    }

    @Test
    void aFailedMigrationInTheSingleHistoryIsRefused() {
        singleHistory();
        jdbc.update("update flyway_schema_history set success = false where version = '1.5'");

        assertThatThrownBy(() -> new ModuleMigrations(List.of(ALPHA, BETA)).migrate(boot()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("records version 1.5 as failed");
    }

    @Test
    void aModuleDeclaredTwiceDifferentlyIsAMistake() {
        ModuleSchema betaAgain = ModuleSchema.of("beta", 30);

        assertThatThrownBy(() -> new ModuleMigrations(List.of(BETA, betaAgain)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The schema of beta is declared twice");
        assertThat(new ModuleMigrations(List.of(BETA, BETA)).schemas()).containsExactly(BETA);
    }

    @Test
    void aModuleNameIsLowerCaseLettersSinceItNamesALocationAndATable() {
        assertThatThrownBy(() -> ModuleSchema.of("beta; drop table x", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The database as it was before: one history, with the checksums the modules declare. */
    private void singleHistory() {
        Flyway.configure().dataSource(database.url(), database.user(), "").locations("classpath:db/single").load().migrate();
        assertThat(jdbc.queryForList("select version || ' ' || checksum from flyway_schema_history order by installed_rank",
                String.class)).containsExactly("1.0 " + BETA_V1, "1.5 " + ALPHA_V1);
    }

    /** Boot's Flyway, whose settings (here only the database) every module's Flyway takes. */
    private Flyway boot() {
        return Flyway.configure().dataSource(database.url(), database.user(), "").load();
    }

    private List<String> versions(String history) {
        return jdbc.queryForList("select version from " + history + " where success order by installed_rank", String.class);
    }

    private boolean tableExists(String table) {
        return jdbc.queryForObject("select count(*) from information_schema.tables where table_name = ?", Integer.class, table) > 0;
    }
}
