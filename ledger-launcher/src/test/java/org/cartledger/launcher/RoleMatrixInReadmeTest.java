package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.security.AccessRule;
import org.cartledger.audit.AuditAccess;
import org.cartledger.command.CommandSideAccess;
import org.cartledger.http.security.LedgerSecurityAutoConfiguration;
import org.cartledger.launcher.openapi.ApiDescription;
import org.cartledger.query.QuerySideAccess;
import org.cartledger.users.UsersAccess;
import org.junit.jupiter.api.Test;

/** The role matrix in docs/sign-in-and-roles.md is the rules the ledger applies, line for line. */
class RoleMatrixInReadmeTest {

    private static final Path MATRIX_PAGE = Path.of("..").toAbsolutePath().normalize().resolve("docs/sign-in-and-roles.md");
    private static final List<String> COLUMNS = List.of("COORDINATOR", "FACULTY", "COMMITTEE", "AUDITOR", "TRAINEE", "ADMIN");

    /**
     * Every module's rules, in whatever order the modules are assembled; the page groups them by who acts.
     * {@link AccessMatrix} checks that the running ledger applies exactly these.
     */
    @Test
    void theReadmeTableIsTheAccessRulesOfEveryModule() throws IOException {
        List<AccessRule> rules = Stream.of(CommandSideAccess.RULES, QuerySideAccess.RULES, AuditAccess.RULES,
                UsersAccess.RULES, LedgerSecurityAutoConfiguration.ACCESS, ApiDescription.RULES).flatMap(module -> module.rules().stream()).toList();

        assertThat(documentedRows()).containsExactlyInAnyOrderElementsOf(rows(rules));
    }

    static List<String> rows(List<AccessRule> rules) {
        return rules.stream().map(RoleMatrixInReadmeTest::row).toList();
    }

    static List<String> documentedRows() throws IOException {
        List<String> documented = new ArrayList<>();
        boolean inMatrix = false;
        for (String line : Files.readAllLines(MATRIX_PAGE)) {
            if (line.startsWith("| | path | " + String.join(" | ", COLUMNS))) {
                inMatrix = true;
            } else if (inMatrix && !line.startsWith("|")) {
                break;
            } else if (inMatrix && !line.startsWith("|---")) {
                documented.add(normalise(line));
            }
        }
        return documented;
    }

    private static String normalise(String line) {
        return line.replaceAll("\\s*\\|\\s*", "|").trim();
    }

    private static String row(AccessRule rule) {
        StringBuilder row = new StringBuilder("|" + (rule.method() == null ? "any" : rule.method().name()) + "|`" + rule.path() + "`"
                + (rule.open() ? " (no sign-in)" : "") + "|");
        for (String column : COLUMNS) {
            LedgerRole role = LedgerRole.valueOf(column);
            boolean allowed = rule.open() || rule.roles().contains(role);
            row.append(!allowed ? "" : role == LedgerRole.TRAINEE && rule.ownRecordOnly() ? "own" : "✓").append("|");
        }
        return row.toString();
    }
}
