package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cartledger.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The users of the embedded default: the administrator of the first start, users an administrator
 * creates and grants roles to (with who did it, and when), passwords, one account per trainee id, and what is
 * refused.
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

    @Test
    void aTraineeIdHasOneAccountWhetherCreatedOrGranted() {
        assertThat(ledger.asAdmin().post("/api/admin/users",
                "{\"id\":\"mei.chen\",\"password\":\"a long password\",\"roles\":[\"TRAINEE\"],\"traineeId\":\"F-ONE-1\"}")
                .status()).isEqualTo(201);

        assertRefused(ledger.asAdmin().post("/api/admin/users",
                "{\"id\":\"mei.chen2\",\"password\":\"a long password\",\"roles\":[\"TRAINEE\"],\"traineeId\":\"F-ONE-1\"}"),
                409, "one-account-per-trainee");
        ledger.as("fac-becomes-trainee", "FACULTY");
        assertRefused(ledger.asAdmin().post("/api/admin/users/fac-becomes-trainee/roles",
                "{\"roles\":[\"TRAINEE\"],\"traineeId\":\"F-ONE-1\"}"), 409, "one-account-per-trainee");

        JsonNode users = ledger.asAdmin().get("/api/admin/users").json();
        assertThat(users).filteredOn(user -> "F-ONE-1".equals(user.path("traineeId").asString(null)))
                .extracting(user -> user.get("id").asString()).containsExactly("mei.chen");
        assertThat(users).extracting(user -> user.get("id").asString()).doesNotContain("mei.chen2");
        assertThat(ledger.asAdmin().post("/api/admin/users/mei.chen/roles", "{\"roles\":[\"TRAINEE\"],\"traineeId\":\"F-ONE-1\"}")
                .status()).isEqualTo(200);
    }

    /** The unique index, not only the check before it: of two accounts made at once for one trainee, one is refused. */
    @Test
    void twoAccountsForOneTraineeMadeAtTheSameMomentAreNotBothCreated() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RunningLedger.Response>> answers = new ArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            for (int i = 0; i < 8; i++) {
                String body = "{\"id\":\"race-" + i + "\",\"password\":\"a long password\",\"roles\":[\"TRAINEE\"],"
                        + "\"traineeId\":\"F-RACE-1\"}";
                answers.add(pool.submit(() -> {
                    go.await();
                    return ledger.asAdmin().post("/api/admin/users", body);
                }));
            }
            go.countDown();
            int created = 0;
            for (Future<RunningLedger.Response> answer : answers) {
                RunningLedger.Response response = answer.get();
                if (response.status() == 201) {
                    created++;
                } else {
                    assertRefused(response, 409, "one-account-per-trainee");
                }
            }
            assertThat(created).isEqualTo(1);
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM ledger_user WHERE trainee_id = 'F-RACE-1'")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
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
