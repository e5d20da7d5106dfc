package org.cartledger.command.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.Recorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which entry each recorder's Idempotency-Key recorded, in table {@code idempotency_key} (migration
 * db/command/V1): the fast answer to a retry and the check that a key is not reused for another request, on
 * another trainee too. The arbiter is the trainee's record ({@link KeyedRequest}): a keyed request's
 * entry id is derived from the key, and a record that already holds it answers with it instead of
 * appending again. So a retry never records twice, whichever event store holds the events.
 *
 * <p>Rule: a row exists only for an event that is stored. Where the events are in this process's
 * PostgreSQL (Axon's JDBC store), {@link IdempotencyInterceptor} writes the row in the command's own
 * transaction, before the record sees the command: both are stored or neither, and a second request
 * with the key waits on the first one's row, on any trainee. Where they are elsewhere (Axon Server),
 * the row is written once the event store has taken the event; a crash in between leaves an event
 * without its row, and the retry is then answered by the record. What only the atomic row gives: a
 * key sent to two different trainees at the same instant (or the second after such a crash) is
 * refused on the second; elsewhere both are recorded, as two entries with two ids. Without any
 * database (the command side alone) the record is the only check.
 *
 * <p>A refused command stores no key and no entry: a client may correct the request and send it
 * again with the same key.
 */
@Component
public class IdempotencyKeys implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    /** Map entries sorted, so that the same request always has the same fingerprint. */
    private static final JsonMapper CANONICAL_JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final ObjectProvider<DataSource> dataSource;
    private final ObjectProvider<EventStorageEngine> eventStorage;
    /** Null where this process has no database; set once every bean exists. */
    private volatile JdbcTemplate jdbc;
    /** Whether the events are in that database, so that a key's row is written in its event's transaction. */
    private volatile boolean withTheEvents;

    public IdempotencyKeys(ObjectProvider<DataSource> dataSource, ObjectProvider<EventStorageEngine> eventStorage) {
        this.dataSource = dataSource;
        this.eventStorage = eventStorage;
    }

    /** Looked up only now: the event store is built from Axon's configuration, which needs the interceptor that needs this. */
    @Override
    public void afterSingletonsInstantiated() {
        DataSource database = dataSource.getIfUnique();
        jdbc = database == null ? null : new JdbcTemplate(database);
        withTheEvents = jdbc != null && eventStorage.getIfUnique() instanceof JdbcEventStorageEngine;
        if (jdbc == null) {
            log.info("No database: a retried {} is answered by the trainee's record alone", IdempotencyKey.HEADER);
        } else if (!withTheEvents) {
            log.info("The events are not in this process's database: an {}'s row is written after its event", IdempotencyKey.HEADER);
        }
    }

    /** The Idempotency-Key of the HTTP request being handled on this thread, if it sent one. */
    public Optional<IdempotencyKey> keyOfCurrentRequest() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        return IdempotencyKey.of(attributes.getRequest().getHeaders(IdempotencyKey.HEADER));
    }

    /**
     * Records the entry unless this recorder's key has recorded one already, in which case the answer
     * is that entry, exactly as the first request was answered (if the request is the same), or a
     * refusal (if it is not).
     *
     * @param request what makes two requests the same: the command, with the entry id the server
     *                chooses left out and the occurred time as the client sent it
     * @param record  sends the command for the entry id given, with the metadata given, which the
     *                interceptor turns into the key's row and the record checks against its entries
     */
    public KeyedEntry recordOnce(IdempotencyKey key, Recorder recorder, TraineeId traineeId, Object request,
                                 BiConsumer<String, Map<String, String>> record) {
        KeyedRequest keyed = new KeyedRequest(key.value(), fingerprint(recorder, request),
                KeyedRequest.entryIdFor(recorder, traineeId, key));
        Optional<Remembered> first = jdbc == null ? Optional.empty() : find(recorder.id(), key);
        if (first.isPresent()) {
            return replay(key, keyed.fingerprint(), first.get());
        }
        try {
            record.accept(keyed.entryId(), keyed.toMetaData(traineeId));
        } catch (KeyTaken taken) {
            // another request with this key committed while this one waited for it
            return replay(key, keyed.fingerprint(), find(recorder.id(), key).orElseThrow(() ->
                    new IllegalStateException("Idempotency-Key taken, yet no row for it", taken)));
        }
        if (jdbc != null && !withTheEvents) {
            // the event is stored (or was already, and the record answered with it): only now may its row say so
            insert(recorder.id(), keyed, traineeId);
        }
        return new KeyedEntry(traineeId, keyed.entryId());
    }

    /**
     * Writes the key's row in the command's transaction where that transaction also stores the event;
     * false when another request holds the key. PostgreSQL makes a second insert of the same key wait
     * until the first one's transaction ends. Elsewhere the row is written after the event (see above).
     */
    boolean claim(MetaData metaData) {
        if (!withTheEvents) {
            return true;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An Idempotency-Key must be written in the transaction that stores its event");
        }
        KeyedRequest keyed = KeyedRequest.of(metaData).orElseThrow();
        return insert((String) metaData.get(Recorder.ID_KEY), keyed, new TraineeId((String) metaData.get(KeyedRequest.TRAINEE_ID)));
    }

    /**
     * Whether the row that holds this command's key (written by a request that committed first) names the
     * entry this command would record: then it is the same request again, and the trainee's record, which
     * holds that entry, answers it.
     */
    boolean claimedForTheSameEntry(MetaData metaData) {
        KeyedRequest keyed = KeyedRequest.of(metaData).orElseThrow();
        return find((String) metaData.get(Recorder.ID_KEY), new IdempotencyKey(keyed.key()))
                .map(first -> first.entry().entryId().equals(keyed.entryId()))
                .orElse(false);
    }

    private boolean insert(String recorderId, KeyedRequest keyed, TraineeId traineeId) {
        return jdbc.update("""
                        INSERT INTO idempotency_key (recorder_id, idempotency_key, request_fingerprint, trainee_id, entry_id)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                recorderId, keyed.key(), keyed.fingerprint(), traineeId.value(), keyed.entryId()) == 1;
    }

    private Optional<Remembered> find(String recorderId, IdempotencyKey key) {
        return jdbc.query("""
                        SELECT request_fingerprint, trainee_id, entry_id FROM idempotency_key
                        WHERE recorder_id = ? AND idempotency_key = ?""",
                (row, n) -> new Remembered(row.getString(1), new KeyedEntry(new TraineeId(row.getString(2)), row.getString(3))),
                recorderId, key.value()).stream().findFirst();
    }

    private static KeyedEntry replay(IdempotencyKey key, String fingerprint, Remembered first) {
        if (!first.fingerprint().equals(fingerprint)) {
            throw IdempotencyRules.reused(key, first.entry().entryId());
        }
        return first.entry();
    }

    /** The role it is recorded under, the kind of command and every field the client chose. */
    static String fingerprint(Recorder recorder, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((recorder.role() + "\n" + request.getClass().getName() + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(CANONICAL_JSON.writeValueAsBytes(request)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Remembered(String fingerprint, KeyedEntry entry) {
    }

    /** The key is another request's: its transaction committed first. */
    static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super("Idempotency-Key already recorded an entry", null, false, false);
        }
    }
}
