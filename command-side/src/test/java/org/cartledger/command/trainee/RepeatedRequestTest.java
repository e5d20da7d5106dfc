package org.cartledger.command.trainee;

import static org.cartledger.command.trainee.BrokenRule.brokenRule;
import static org.cartledger.command.trainee.TraineeFixtures.COORDINATOR_ID;
import static org.cartledger.command.trainee.TraineeFixtures.ENROLLMENT_ENTRY;
import static org.cartledger.command.trainee.TraineeFixtures.FACULTY_ID;
import static org.cartledger.command.trainee.TraineeFixtures.NEW_ENTRY;
import static org.cartledger.command.trainee.TraineeFixtures.TRAINEE_ID;
import static org.cartledger.command.trainee.TraineeFixtures.YESTERDAY;
import static org.cartledger.command.trainee.TraineeFixtures.enrolled;
import static org.cartledger.command.trainee.TraineeFixtures.enrollment;
import static org.cartledger.command.trainee.TraineeFixtures.signOffSkill;
import static org.cartledger.command.trainee.TraineeFixtures.recordedBy;
import static org.cartledger.command.trainee.TraineeFixtures.skillSignedOff;
import static org.cartledger.command.trainee.TraineeFixtures.traineeRecordFixture;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.cartledger.api.recording.Recorder;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.command.idempotency.KeyedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The record's part in Idempotency-Key: a command whose entry id the record already holds (a keyed
 * request's id comes from its key) is the same request sent again, or another one under the same key.
 */
class RepeatedRequestTest {

    private static final String KEY = "retry-1";
    private static final String FINGERPRINT = "f".repeat(64);
    private static final String OTHER_FINGERPRINT = "0".repeat(64);

    private AggregateTestFixture<TraineeRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = traineeRecordFixture();
    }

    /** The metadata the dispatcher gives a keyed command for this entry id. */
    private static Map<String, Object> keyed(String entryId, String fingerprint, Recorder recorder) {
        Map<String, Object> metaData = new HashMap<>(recordedBy(recorder));
        metaData.putAll(new KeyedRequest(KEY, fingerprint, entryId).toMetaData(TRAINEE_ID));
        return metaData;
    }

    private static Map<String, Object> keyedByFaculty(String entryId, String fingerprint) {
        return keyed(entryId, fingerprint, new Recorder(FACULTY_ID, LedgerRole.FACULTY.name()));
    }

    /** An event as stored for a keyed request: its metadata carries the request's fingerprint. */
    private static DomainEventMessage<?> storedWithFingerprint(long sequence, Object event, Recorder recorder, String fingerprint) {
        Map<String, Object> metaData = new HashMap<>(recordedBy(recorder));
        metaData.put(KeyedRequest.FINGERPRINT, fingerprint);
        return new GenericDomainEventMessage<>(TraineeRecord.class.getSimpleName(), TRAINEE_ID.value(), sequence, event, metaData);
    }

    private static DomainEventMessage<?> skillStoredWithFingerprint(String fingerprint) {
        return storedWithFingerprint(1, skillSignedOff(NEW_ENTRY, YESTERDAY), new Recorder(FACULTY_ID, LedgerRole.FACULTY.name()), fingerprint);
    }

    @Test
    void aKeyedRequestTheRecordHasNotSeenIsRecorded() {
        fixture.given(enrolled())
                .when(signOffSkill(NEW_ENTRY, YESTERDAY), keyedByFaculty(NEW_ENTRY, FINGERPRINT))
                .expectEvents(skillSignedOff(NEW_ENTRY, YESTERDAY))
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void theSameRequestSentAgainIsAnsweredWithTheFirstEntryAndAppendsNothing() {
        fixture.given(enrolled()).andGiven(skillStoredWithFingerprint(FINGERPRINT))
                .when(signOffSkill(NEW_ENTRY, YESTERDAY), keyedByFaculty(NEW_ENTRY, FINGERPRINT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(NEW_ENTRY);
    }

    /** Its occurred time was left to the server, which chose another "now" for the retry: the fingerprint decides. */
    @Test
    void aRetryWhoseServerChosenTimeDiffersIsStillTheSameRequest() {
        fixture.given(enrolled()).andGiven(skillStoredWithFingerprint(FINGERPRINT))
                .when(signOffSkill(NEW_ENTRY, YESTERDAY.plusSeconds(90)), keyedByFaculty(NEW_ENTRY, FINGERPRINT))
                .expectNoEvents()
                .expectResultMessagePayload(NEW_ENTRY);
    }

    @Test
    void aRetriedEnrollmentIsAnsweredWithTheEnrollmentNotRefusedAsAlreadyEnrolled() {
        Recorder coordinator = new Recorder(COORDINATOR_ID, LedgerRole.COORDINATOR.name());
        fixture.given(storedWithFingerprint(0, enrolled(), coordinator, FINGERPRINT))
                .when(enrollment().command(), keyed(ENROLLMENT_ENTRY, FINGERPRINT, coordinator))
                .expectNoEvents()
                .expectResultMessagePayload(ENROLLMENT_ENTRY);
    }

    @Test
    void anotherRequestUnderTheSameKeyIsRefusedNamingTheKeyAndTheFirstEntryAndAppendsNothing() {
        fixture.given(enrolled()).andGiven(skillStoredWithFingerprint(FINGERPRINT))
                .when(signOffSkill(NEW_ENTRY, YESTERDAY, "TUMOR_STAGING"), keyedByFaculty(NEW_ENTRY, OTHER_FINGERPRINT))
                .expectNoEvents()
                .expectException(brokenRule("idempotency-key-reused", 422))
                .expectExceptionMessage(allOf(containsString(KEY), containsString(NEW_ENTRY)));
    }

    @Test
    void anEntryRecordedWithoutAKeyIsNeverTakenForAKeyedRequest() {
        fixture.given(enrolled(), skillSignedOff(NEW_ENTRY, YESTERDAY))
                .when(signOffSkill(NEW_ENTRY, YESTERDAY), keyedByFaculty(NEW_ENTRY, FINGERPRINT))
                .expectNoEvents()
                .expectException(brokenRule("idempotency-key-reused", 422));
    }

    /** The record answers only what it holds: a refused first request left nothing, so the corrected one is judged afresh. */
    @Test
    void aKeyedRequestStillKeepsEveryRuleOfTheRecord() {
        fixture.given(enrolled())
                .when(signOffSkill(NEW_ENTRY, YESTERDAY, "JUGGLING"), keyedByFaculty(NEW_ENTRY, FINGERPRINT))
                .expectNoEvents()
                .expectException(brokenRule("not-in-catalog"));
    }
}
