package org.cartledger.command.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.cartledger.api.activity.SignOffSkillCommand;
import org.cartledger.api.evaluation.RecordRotationEvaluationCommand;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.Recorder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** The entry id a keyed request is sent under, and what makes two requests "the same". */
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

    /** Sends a keyed request through keys without a database and returns what was sent: the entry id and the metadata. */
    private static Map.Entry<String, Map<String, String>> sent(IdempotencyKeys keys, Recorder recorder, String traineeId, IdempotencyKey key) {
        List<Map.Entry<String, Map<String, String>>> sent = new ArrayList<>();
        KeyedEntry answer = keys.recordOnce(key, recorder, new TraineeId(traineeId), skill("CRS_MANAGEMENT"),
                (entryId, metaData) -> sent.add(Map.entry(entryId, metaData)));
        assertThat(sent).hasSize(1);
        assertThat(answer).isEqualTo(new KeyedEntry(new TraineeId(traineeId), sent.get(0).getKey()));
        return sent.get(0);
    }

    private static SignOffSkillCommand skill(String skill) {
        return new SignOffSkillCommand(new TraineeId("F-1"), "", null, skill, "fac-wang", null, null);
    }

    /** Where there is no key table, the trainee's record is the arbiter: it needs the same entry id for every retry. */
    @Test
    void aCommandSideWithoutADatabaseSendsAKeyedRequestUnderAnEntryIdThatTheKeyDecides() {
        IdempotencyKeys keys = keysWith(null, null);

        Map.Entry<String, Map<String, String>> first = sent(keys, WANG, "F-1", KEY);

        assertThat(sent(keysWith(null, null), WANG, "F-1", KEY).getKey()).as("the same after a restart").isEqualTo(first.getKey());
        assertThat(first.getKey()).matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(KeyedRequest.of(first.getValue()))
                .contains(new KeyedRequest(KEY.value(), IdempotencyKeys.fingerprint(WANG, skill("CRS_MANAGEMENT")), first.getKey()));
        assertThat(List.of(sent(keys, WANG, "F-2", KEY), sent(keys, new Recorder("fac-zhao", "FACULTY"), "F-1", KEY),
                sent(keys, WANG, "F-1", new IdempotencyKey("k-2"))))
                .extracting(Map.Entry::getKey).doesNotContain(first.getKey()).doesNotHaveDuplicates();
    }

    @Test
    void aCommandWithoutAKeyCarriesNoKeyedRequest() {
        assertThat(KeyedRequest.of(WANG.toMetaData())).isEmpty();
    }

    @Test
    void theSameRequestHasTheSameFingerprintAndAnyDifferenceChangesIt() {
        String first = IdempotencyKeys.fingerprint(WANG, skill("CRS_MANAGEMENT"));

        assertThat(IdempotencyKeys.fingerprint(WANG, skill("CRS_MANAGEMENT"))).isEqualTo(first).hasSize(64);
        assertThat(IdempotencyKeys.fingerprint(WANG, skill("TUMOR_STAGING"))).isNotEqualTo(first);
        assertThat(IdempotencyKeys.fingerprint(new Recorder("fac-wang", "COMMITTEE"), skill("CRS_MANAGEMENT"))).isNotEqualTo(first);
        assertThat(IdempotencyKeys.fingerprint(WANG, new SignOffSkillCommand(new TraineeId("F-2"), "", null, "CRS_MANAGEMENT", "fac-wang", null, null)))
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
        return new RecordRotationEvaluationCommand(new TraineeId("F-1"), "", null, "Cellular therapy inpatient", "fac-wang", levels, null, null);
    }
}
