package org.cartledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The users of the embedded default: the administrator of the first start, users an administrator
 * creates and grants roles to (with who did it, and when), passwords, and what is refused.
 */
class LedgerUsersTest {

    private static TestDatabase database;
    private static RunningLedger ledger;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        ledger = RunningLedger.start(database.springProperties());
    }

    @AfterAll
    static void stop() {
        ledger.close();
        database.close();
    }

    @Test
    void theFirstStartCreatedTheAdministratorWithTheConfiguredPasswordAndNoOneElse() {
        JsonNode users = ledger.asAdmin().get("/api/admin/users").json();

        JsonNode admin = users.get(0);
        assertThat(admin.get("id").asString()).isEqualTo("admin");
        assertThat(admin.get("createdBy").asString()).isEqualTo("(first start)");
        assertThat(admin.get("roles")).extracting(role -> role.get("role").asString()).containsExactly("ADMIN");
        assertThat(users.toString()).doesNotContain("bcrypt", "password\"");
        assertThat(ledger.withAuthorization(basic("admin", "admin")).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void anAdministratorCreatesAUserWhoThenSignsInWithTheRolesGiven() {
        RunningLedger.Response created = ledger.asAdmin().post("/api/admin/users",
                "{\"id\":\"fac-new\",\"password\":\"correct horse battery\",\"roles\":[\"FACULTY\"]}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("createdBy").asString()).isEqualTo("admin");
        assertThat(created.json().get("createdAt").asString()).isNotBlank();
        JsonNode me = ledger.withAuthorization(basic("fac-new", "correct horse battery")).get("/api/me").json();
        assertThat(me.get("roles")).extracting(JsonNode::asString).containsExactly("FACULTY");
    }

    @Test
    void rolesAreGrantedWithWhoGrantedThem() {
        ledger.as("fac-grant", "FACULTY");
        ledger.as("ops-kim", "ADMIN");

        RunningLedger.Response granted = ledger.as("ops-kim", "ADMIN").post("/api/admin/users/fac-grant/roles", "{\"roles\":[\"COMMITTEE\"]}");

        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(granted.json().get("roles")).extracting(role -> role.get("role").asString() + " by " + role.get("grantedBy").asString())
                .containsExactlyInAnyOrder("FACULTY by admin", "COMMITTEE by ops-kim");
    }

    @Test
    void aUserChangesTheirOwnPasswordAndTheOldOneStopsWorking() {
        ledger.as("fac-pw", "FACULTY");
        RunningLedger.Caller before = ledger.withAuthorization(basic("fac-pw", RunningLedger.passwordOf("fac-pw")));

        assertThat(before.put("/api/me/password", "{\"password\":\"a brand new password\"}").status()).isEqualTo(204);

        assertThat(before.get("/api/me").status()).isEqualTo(401);
        assertThat(ledger.withAuthorization(basic("fac-pw", "a brand new password")).get("/api/me").status()).isEqualTo(200);
        assertThat(ledger.asAdmin().put("/api/admin/users/fac-pw/password", AccessMatrix.password("fac-pw")).status()).isEqualTo(204);
        assertThat(before.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void whatTheAdminApiRefuses() {
        ledger.as("fac-dup", "FACULTY");
        assertRefused(ledger.asAdmin().post("/api/admin/users",
                "{\"id\":\"fac-dup\",\"password\":\"another password\",\"roles\":[\"FACULTY\"]}"), 409, "user-already-exists");
        assertRefused(ledger.asAdmin().post("/api/admin/users",
                "{\"id\":\"tr-x\",\"password\":\"a long password\",\"roles\":[\"TRAINEE\"]}"), 422, "trainee-id-required");
        assertRefused(ledger.asAdmin().post("/api/admin/users",
                "{\"id\":\"fac-short\",\"password\":\"short\",\"roles\":[\"FACULTY\"]}"), 400, "invalid-request");
        assertRefused(ledger.asAdmin().post("/api/admin/users",
                "{\"id\":\"fac-long\",\"password\":\"" + "密".repeat(30) + "\",\"roles\":[\"FACULTY\"]}"), 400, "invalid-request");
        assertRefused(ledger.asAdmin().post("/api/admin/users",
                "{\"id\":\"has:colon\",\"password\":\"a long password\",\"roles\":[\"FACULTY\"]}"), 400, "invalid-request");
        assertRefused(ledger.asAdmin().post("/api/admin/users",
                "{\"id\":\"fac-janitor\",\"password\":\"a long password\",\"roles\":[\"JANITOR\"]}"), 400, "invalid-request");
        assertRefused(ledger.asAdmin().post("/api/admin/users/nobody/roles", "{\"roles\":[\"AUDITOR\"]}"), 404, "user-not-found");
        assertRefused(ledger.asAdmin().put("/api/admin/users/nobody/password", "{\"password\":\"a long password\"}"), 404, "user-not-found");
    }

    private static void assertRefused(RunningLedger.Response response, int status, String rule) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("rule").asString()).isEqualTo(rule);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
