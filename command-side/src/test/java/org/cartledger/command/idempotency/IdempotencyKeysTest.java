package org.cartledger.command.idempotency;

import org.cartledger.http.problem.Refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.cartledger.api.activity.LogSkillCommand;
import org.cartledger.api.evaluation.RecordRotationEvaluationCommand;
import org.cartledger.api.recording.Recorder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Where a key cannot be stored in the event's own transaction, a request that sends one is refused
 * rather than recorded without the promise; and what makes two requests "the same".
 */
class IdempotencyKeysTest {

    private static final Recorder WANG = new Recorder("fac-wang", "FACULTY");
    private static final IdempotencyKey KEY = new IdempotencyKey("k-1");

    private static IdempotencyKeys keysWith(DataSource dataSource, EventStorageEngine eventStorage) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (dataSource != null) {
            beans.registerSingleton("dataSource", dataSource);
        }
        if (eventStorage != null) {
            beans.registerSingleton("eventStorageEngine", eventStorage);
        }
        IdempotencyKeys keys = new IdempotencyKeys(beans.getBeanProvider(DataSource.class), beans.getBeanProvider(EventStorageEngine.class));
        keys.afterSingletonsInstantiated();
        return keys;
    }

    private static void assertRefusedAsUnavailable(IdempotencyKeys keys) {
        assertThatThrownBy(() -> keys.recordOnce(KEY, WANG, skill("CRS_MANAGEMENT"), new KeyedEntry("F-1", "e-1"),
                metaData -> {
                    throw new AssertionError("nothing may be sent");
                }))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(501);
                    assertThat(refusal.rule()).isEqualTo("idempotency-unavailable");
                });
    }

    private static LogSkillCommand skill(String skill) {
        return new LogSkillCommand("F-1", "", null, skill, "fac-wang", null, null);
    }

    @Test
    void aCommandSideWithoutADatabaseRefusesKeyedRequests() {
        assertRefusedAsUnavailable(keysWith(null, null));
    }

    @Test
    void aDatabaseIsNotEnoughWhenTheEventsAreKeptElsewhere() {
        assertRefusedAsUnavailable(keysWith(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none"),
                new InMemoryEventStorageEngine()));
    }

    @Test
    void theSameRequestHasTheSameFingerprintAndAnyDifferenceChangesIt() {
        String first = IdempotencyKeys.fingerprint(WANG, skill("CRS_MANAGEMENT"));

        assertThat(IdempotencyKeys.fingerprint(WANG, skill("CRS_MANAGEMENT"))).isEqualTo(first).hasSize(64);
        assertThat(IdempotencyKeys.fingerprint(WANG, skill("TUMOR_STAGING"))).isNotEqualTo(first);
        assertThat(IdempotencyKeys.fingerprint(new Recorder("fac-wang", "COMMITTEE"), skill("CRS_MANAGEMENT"))).isNotEqualTo(first);
        assertThat(IdempotencyKeys.fingerprint(WANG, new LogSkillCommand("F-2", "", null, "CRS_MANAGEMENT", "fac-wang", null, null)))
                .isNotEqualTo(first);
    }

    @Test
    void theOrderInWhichAClientListsMapEntriesDoesNotMakeAnotherRequest() {
        Map<String, Integer> oneWay = new LinkedHashMap<>();
        oneWay.put("PATIENT_CARE", 3);
        oneWay.put("PROFESSIONALISM", 4);
        Map<String, Integer> otherWay = new LinkedHashMap<>();
        otherWay.put("PROFESSIONALISM", 4);
        otherWay.put("PATIENT_CARE", 3);

        assertThat(IdempotencyKeys.fingerprint(WANG, evaluation(oneWay))).isEqualTo(IdempotencyKeys.fingerprint(WANG, evaluation(otherWay)));
    }

    private static RecordRotationEvaluationCommand evaluation(Map<String, Integer> levels) {
        return new RecordRotationEvaluationCommand("F-1", "", null, "Cellular therapy inpatient", "fac-wang", levels, null, null);
    }
}
