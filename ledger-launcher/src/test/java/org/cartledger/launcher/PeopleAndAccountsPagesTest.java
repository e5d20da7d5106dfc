package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * People and their accounts in a real headless Chromium on a phone: everyone changes their own password
 * (the present one asked again, the new one twice), the administrator creates accounts, grants roles and
 * sets a forgotten password, and each refusal is shown next to its field, in the page's language, with
 * nothing changed. What the pages did is checked where it counts: signing in to the API.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class PeopleAndAccountsPagesTest {

    private static RunningLedger ledger;

    @BeforeEach
    void theBrowserIsInstalled() {
        PhoneBrowser.assumeInstalled();
    }

    @Test
    void facultyChangeTheirOwnPasswordAndEachMistakeIsRefusedNextToItsField() {
        String user = "fac-password";
        String first = RunningLedger.passwordOf(user);
        assertThat(ledger.as(user, "FACULTY").get("/api/me").status()).isEqualTo(200);
        String chosen = "a new password, 2026";
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(user, first);
            phone.find("#nav-password").click();
            phone.waitUntil(() -> phone.path().equals("/account/password"));
            phone.screenshot("people-01-own-password");

            changePassword(phone, "not my password", chosen, chosen);
            assertThat(phone.text("#current-problem")).isEqualTo("That is not your present password. Nothing was changed.");
            assertThat(phone.find("#current").getAttribute("aria-invalid")).isEqualTo("true");

            changePassword(phone, first, chosen, chosen + "!");
            assertThat(phone.text("#repeat-problem")).startsWith("The two new passwords differ");

            // 25 Chinese characters: 25 characters, which the form lets through, but 75 bytes, which bcrypt would cut
            String tooLong = "床前明月光疑是地上霜举头望明月低头思故乡春眠不觉晓处";
            changePassword(phone, first, tooLong, tooLong);
            assertThat(phone.text("#password-problem")).contains("at most 72 bytes");
            phone.screenshot("people-02-refused");
            assertThat(signsIn(user, first)).as("nothing changed yet").isTrue();

            changePassword(phone, first, chosen, chosen);
            assertThat(phone.text("#password-changed")).startsWith("Your password is changed.");
            phone.screenshot("people-03-changed");
        }
        assertThat(signsIn(user, chosen)).isTrue();
        assertThat(signsIn(user, first)).isFalse();
        JsonNode account = account(user);
        assertThat(account.get("passwordChangedBy").asString()).isEqualTo(user);
    }

    @Test
    void theAdministratorCreatesAnAccountGrantsARoleAndSetsAForgottenPassword() {
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "en-US,en")) {
            phone.signIn(RunningLedger.ADMIN, RunningLedger.passwordOf(RunningLedger.ADMIN));
            // an administrator has no trainees: the start page is the users page
            phone.waitUntil(() -> phone.path().startsWith("/admin/users"));
            assertThat(phone.text("h1")).isEqualTo("Users");
            assertThat((Long) phone.driver().executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing wider than the phone").isLessThanOrEqualTo(PhoneBrowser.WIDTH);

            // a trainee without the trainee id they are enrolled under: refused next to that field
            openNewAccount(phone);
            phone.find("#new-id").sendKeys("trainee-liu");
            phone.find("#new-password").sendKeys("first password 1");
            phone.find("#new-role-TRAINEE").click();
            phone.find("#create-account").click();
            assertThat(phone.text("#new-traineeId-problem")).isEqualTo("A trainee needs the trainee id they are enrolled under.");
            assertThat(phone.find("#new-id").getAttribute("value")).as("what was typed is kept").isEqualTo("trainee-liu");
            assertThat(phone.find("#new-password").getAttribute("value")).as("never a password").isEmpty();
            phone.screenshot("people-04-new-account-refused");
            assertThat(ledger.asAdmin().get("/api/admin/users").body()).doesNotContain("trainee-liu");

            openNewAccount(phone);
            assertThat(phone.find("#new-role-TRAINEE").isSelected()).as("the roles ticked are kept").isTrue();
            phone.find("#new-role-TRAINEE").click();
            phone.find("#new-id").clear();
            phone.find("#new-id").sendKeys("coord-chen");
            phone.find("#new-password").sendKeys("first password 1");
            phone.find("#new-role-COORDINATOR").click();
            phone.find("#create-account").click();
            phone.waitUntil(() -> phone.path().startsWith("/admin/users?done=created"));
            assertThat(phone.text("#users-done")).startsWith("Account coord-chen created.");
            assertThat(phone.text("#account-coord-chen")).contains("Coordinator").contains("granted by admin");
            phone.screenshot("people-05-created");

            // the same id again: refused next to the id
            openNewAccount(phone);
            phone.find("#new-id").sendKeys("coord-chen");
            phone.find("#new-password").sendKeys("first password 2");
            phone.find("#new-role-FACULTY").click();
            phone.find("#create-account").click();
            assertThat(phone.text("#new-id-problem")).startsWith("There is already a user with this id.");

            phone.find("#account-coord-chen details:nth-of-type(1) summary").click();
            phone.find("#coord-chen-role-FACULTY").click();
            phone.find("#grant-coord-chen").click();
            phone.waitUntil(() -> phone.path().startsWith("/admin/users?done=granted"));
            assertThat(phone.text("#account-coord-chen")).contains("Faculty").contains("Coordinator");

            phone.find("#account-coord-chen details:nth-of-type(2) summary").click();
            phone.find("#coord-chen-password").sendKeys("a password set for chen");
            phone.find("#reset-coord-chen").click();
            phone.waitUntil(() -> phone.path().startsWith("/admin/users?done=reset"));
            phone.screenshot("people-06-reset");
        }
        assertThat(signsIn("coord-chen", "first password 1")).isFalse();
        assertThat(signsIn("coord-chen", "a password set for chen")).isTrue();
        JsonNode account = account("coord-chen");
        assertThat(account.get("createdBy").asString()).isEqualTo(RunningLedger.ADMIN);
        assertThat(account.get("passwordChangedBy").asString()).isEqualTo(RunningLedger.ADMIN);
        assertThat(account.get("roles").toString()).contains("COORDINATOR").contains("FACULTY").doesNotContain("ADMIN");
    }

    @Test
    void theUsersPageIsForAdministratorsOnlyAndSpeaksChinese() {
        assertThat(ledger.as("fac-curious", "FACULTY").get("/api/me").status()).isEqualTo(200);
        try (PhoneBrowser phone = new PhoneBrowser(ledger.baseUrl(), "zh-CN,zh")) {
            phone.signIn("fac-curious", RunningLedger.passwordOf("fac-curious"));
            assertThat(phone.all("#nav-users")).as("no link to it").isEmpty();
            phone.open("/admin/users");
            assertThat(phone.text("h1")).isEqualTo("仅限管理员");
            assertThat(phone.all("#accounts")).as("no account is shown").isEmpty();
            // nor can a form be sent there: refused the same way, nothing created
            phone.open("/account/password");
            changePassword(phone, "wrong password", "一个新的密码一个新的密码", "一个新的密码一个新的密码");
            assertThat(phone.text("#current-problem")).isEqualTo("当前密码不正确，未作任何修改。");
            phone.screenshot("people-07-zh-refused");
        }
        assertThat(signsIn("fac-curious", RunningLedger.passwordOf("fac-curious"))).isTrue();
    }

    private static void changePassword(PhoneBrowser phone, String current, String password, String repeat) {
        phone.open("/account/password");
        phone.find("#current").sendKeys(current);
        phone.find("#password").sendKeys(password);
        phone.find("#repeat").sendKeys(repeat);
        phone.find("#change-password").click();
        phone.waitUntil(() -> !phone.all(".problem, #password-changed").isEmpty());
    }

    private static void openNewAccount(PhoneBrowser phone) {
        if (phone.find("#new-account").getAttribute("open") == null) {
            phone.find("#new-account summary").click();
        }
    }

    private static boolean signsIn(String user, String password) {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        int status = ledger.withAuthorization(basic).get("/api/me").status();
        assertThat(status).isIn(200, 401);
        return status == 200;
    }

    private static JsonNode account(String user) {
        for (JsonNode account : ledger.asAdmin().get("/api/admin/users").json()) {
            if (account.get("id").asString().equals(user)) {
                return account;
            }
        }
        throw new AssertionError("No account " + user);
    }
}
