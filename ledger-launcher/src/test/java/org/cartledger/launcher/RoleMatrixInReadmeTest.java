package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.security.AccessRule;
import org.cartledger.http.security.AccessRules;
import org.junit.jupiter.api.Test;

/** The role matrix in docs/sign-in-and-roles.md is the rules the ledger applies, line for line. */
class RoleMatrixInReadmeTest {

    private static final Path MATRIX_PAGE = Path.of("..").toAbsolutePath().normalize().resolve("docs/sign-in-and-roles.md");
    private static final List<String> COLUMNS = List.of("COORDINATOR", "FACULTY", "COMMITTEE", "AUDITOR", "TRAINEE", "ADMIN");

    @Test
    void theReadmeTableIsTheAccessRules() throws IOException {
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

        assertThat(documented).isEqualTo(AccessRules.LEDGER.stream().map(RoleMatrixInReadmeTest::row).toList());
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
