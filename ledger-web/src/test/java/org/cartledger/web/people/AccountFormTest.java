package org.cartledger.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cartledger.api.recording.LedgerRole;
import org.junit.jupiter.api.Test;

/** The administrator's forms are checked for shape before the accounts' rules are asked, each problem naming its field. */
class AccountFormTest {

    @Test
    void aWellFormedAccountHasNoProblem() {
        AccountForm form = new AccountForm("fac-li", "a first password", List.of("FACULTY", "COMMITTEE"), " ");
        assertThat(form.problemWithId()).isEmpty();
        assertThat(form.problemWithRolesOrTraineeId()).isEmpty();
        assertThat(form.problemWithPassword()).isEmpty();
        assertThat(form.chosenRoles()).containsExactly(LedgerRole.FACULTY, LedgerRole.COMMITTEE);
        assertThat(form.traineeIdOrNull()).as("a blank trainee id is none").isNull();
    }

    @Test
    void anIdOutsideTheIdRuleIsRefusedNamingTheId() {
        for (String id : List.of("", " fac", "fac li", "fac:li", "李老师", "fac\u202Eil")) {
            assertThat(new AccountForm(id, "a first password", List.of("FACULTY"), null).problemWithId())
                    .as(id).contains(new AccountForm.Problem("id", "users.id.invalid"));
        }
        assertThat(new AccountForm(null, "p", List.of(), null).problemWithId()).isPresent();
    }

    @Test
    void rolesMustBeTickedAndKnown() {
        assertThat(new AccountForm("x", "p", List.of(), null).problemWithRolesOrTraineeId())
                .contains(new AccountForm.Problem("roles", "users.roles.none"));
        assertThat(new AccountForm("x", "p", null, null).problemWithRolesOrTraineeId())
                .contains(new AccountForm.Problem("roles", "users.roles.none"));
        assertThat(new AccountForm("x", "p", List.of("FACULTY", "SUPERUSER"), null).problemWithRolesOrTraineeId())
                .contains(new AccountForm.Problem("roles", "users.roles.unknown"));
        assertThat(new AccountForm("x", "p", List.of("faculty"), null).problemWithRolesOrTraineeId())
                .as("names exactly as the ledger spells them").contains(new AccountForm.Problem("roles", "users.roles.none"));
    }

    @Test
    void aTraineeIdOutsideTheIdRuleIsRefusedNamingIt() {
        assertThat(new AccountForm("x", "p", List.of("TRAINEE"), "F 1").problemWithRolesOrTraineeId())
                .contains(new AccountForm.Problem("traineeId", "users.traineeId.invalid"));
    }

    @Test
    void anEmptyPasswordIsRefusedHereAndItsRulesAreTheAccounts() {
        assertThat(new AccountForm("x", "", List.of("FACULTY"), null).problemWithPassword())
                .contains(new AccountForm.Problem("password", "users.password.rules"));
        assertThat(new AccountForm("x", "short", List.of("FACULTY"), null).problemWithPassword()).isEmpty();
    }
}
