package org.cartledger.command.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The key table in a PostgreSQL beside an event store that is not in it (as where the events go to Axon
 * Server): a key's row is written once its event is stored, answers retries, and refuses the key on
 * another trainee; an event left without its row (a crash in between) is answered by the record.
 */
class KeyedRequestsWithTheKeyTableAfterTheEventTest extends KeyedRequestsOffTheJdbcStore {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "keyed_requests_" + UUID.randomUUID().toString().replace("-", "");
    private static final DataSource KEYS = new DriverManagerDataSource(SERVER + DATABASE, "postgres", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(KEYS);

    @Configuration(proxyBeanMethods = false)
    static class KeyTable {
        @Bean
        DataSource dataSource() {
            return KEYS;
        }
    }

    @Override
    Class<?>[] configuration() {
        return new Class<?>[] {KeyTable.class};
    }

    @Override
    void prepare() throws Exception {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            server.createStatement().execute("CREATE DATABASE " + DATABASE);
        }
        jdbc.execute(new ClassPathResource("db/command/V1__idempotency_keys.sql").getContentAsString(StandardCharsets.UTF_8));
    }

    @AfterAll
    void dropDatabase() throws Exception {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            server.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    @Test
    void aKeysRowIsWrittenOnceItsEntryIsRecorded() throws Exception {
        HttpResponse<String> first = signOffSkill("CRS_MANAGEMENT", "row-1");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT entry_id FROM idempotency_key WHERE idempotency_key = 'row-1'", String.class))
                .isEqualTo(entryId(first));
    }

    @Test
    void anEntryLeftWithoutItsRowByACrashIsAnsweredByTheRecordAndRecordedOnce() throws Exception {
        HttpResponse<String> first = signOffSkill("CRS_MANAGEMENT", "crashed-1");
        // the process died after the event store took the event, before the row was written
        assertThat(jdbc.update("DELETE FROM idempotency_key WHERE idempotency_key = 'crashed-1'")).isEqualTo(1);
        long before = stored(TRAINEE);

        HttpResponse<String> retry = signOffSkill("CRS_MANAGEMENT", "crashed-1");

        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(stored(TRAINEE)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_key WHERE idempotency_key = 'crashed-1'", Long.class))
                .as("the row, written again").isEqualTo(1);
    }

    @Test
    void theSameKeyOnAnotherTraineeIsRefusedAndStoresNothing() throws Exception {
        assertThat(post("/api/trainees", enrollment("F-KEYED-2"), null).statusCode()).isEqualTo(201);
        assertThat(signOffSkill("CRS_MANAGEMENT", "reused-path").statusCode()).isEqualTo(201);

        HttpResponse<String> otherTrainee = post("/api/trainees/F-KEYED-2/skills", "{\"skill\":\"CRS_MANAGEMENT\"}", "reused-path");

        assertThat(otherTrainee.statusCode()).as(otherTrainee.body()).isEqualTo(422);
        assertThat(otherTrainee.body()).contains("\"rule\":\"idempotency-key-reused\"");
        assertThat(stored("F-KEYED-2")).isEqualTo(1);
    }
}
