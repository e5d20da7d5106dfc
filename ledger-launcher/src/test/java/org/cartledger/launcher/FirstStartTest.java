package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A ledger started with no administrator password configured: the first start makes one up and
 * prints it once; there is no default password anyone could guess.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    private static final Pattern PRINTED = Pattern.compile("created user 'admin' \\(role ADMIN\\) with the password\\s+(\\S+)");

    @Test
    void theFirstStartPrintsAGeneratedAdministratorPasswordOnceAndItSignsIn(CapturedOutput output) {
        try (TestDatabase database = TestDatabase.create()) {
            Map<String, Object> settings = new HashMap<>(database.springProperties());
            settings.put("ledger.security.admin-password", "");
            String password;
            try (RunningLedger ledger = RunningLedger.start(settings)) {
                Matcher printed = PRINTED.matcher(output.getOut());
                assertThat(printed.find()).as("the generated password in the log").isTrue();
                password = printed.group(1);
                assertThat(password).hasSizeGreaterThanOrEqualTo(20);
                assertThat(ledger.withAuthorization(LedgerUsersTest.basic("admin", password)).get("/api/admin/users").status())
                        .isEqualTo(200);
            }
            int printedSoFar = output.getOut().length();
            try (RunningLedger restarted = RunningLedger.start(settings)) {
                assertThat(output.getOut().substring(printedSoFar)).doesNotContain(password, "created user 'admin'");
                assertThat(restarted.withAuthorization(LedgerUsersTest.basic("admin", password)).get("/api/me").status())
                        .isEqualTo(200);
            }
        }
    }
}
