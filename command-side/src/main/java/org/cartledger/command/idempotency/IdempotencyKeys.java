package org.cartledger.command.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
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
 * Which entry each recorder's Idempotency-Key recorded, in table {@code idempotency_key}
 * (migration V3_5). The row is written by {@link IdempotencyInterceptor} inside the command's own
 * transaction, the one that appends the event: a crash leaves both or neither, and a second request
 * with the same key waits on the first one's row, then answers with the first one's entry.
 *
 * <p>That needs the events in this process's PostgreSQL (Axon's JDBC event store, the default
 * deployment). Where the events go to Axon Server instead, a key cannot be written atomically with
 * its event, so a request that sends one is refused rather than promised what the ledger cannot keep.
 * A refused command stores no key either: a client may correct the request and send it again with
 * the same key.
 */
@Component
public class IdempotencyKeys implements SmartInitializingSingleton {

    static final String KEY = "idempotencyKey";
    static final String FINGERPRINT = "idempotencyFingerprint";
    static final String TRAINEE_ID = "idempotencyTraineeId";
    static final String ENTRY_ID = "idempotencyEntryId";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    /** Map entries sorted, so that the same request always has the same fingerprint. */
    private static final JsonMapper CANONICAL_JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final ObjectProvider<DataSource> dataSource;
    private final ObjectProvider<EventStorageEngine> eventStorage;
    /** Null where the events are not in this process's database; set once every bean exists. */
    private volatile JdbcTemplate jdbc;

    public IdempotencyKeys(ObjectProvider<DataSource> dataSource, ObjectProvider<EventStorageEngine> eventStorage) {
        this.dataSource = dataSource;
        this.eventStorage = eventStorage;
    }

    /** Looked up only now: the event store is built from Axon's configuration, which needs the interceptor that needs this. */
    @Override
    public void afterSingletonsInstantiated() {
        DataSource database = dataSource.getIfUnique();
        if (database != null && eventStorage.getIfUnique() instanceof JdbcEventStorageEngine) {
            jdbc = new JdbcTemplate(database);
        } else {
            log.info("The events are not in this process's database: requests with an {} are refused", IdempotencyKey.HEADER);
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
     * @param entry   what this request would record
     * @param record  sends the command with the metadata given, which the interceptor turns into the key's row
     */
    public KeyedEntry recordOnce(IdempotencyKey key, Recorder recorder, Object request, KeyedEntry entry,
                                 Consumer<Map<String, String>> record) {
        if (jdbc == null) {
            throw IdempotencyRules.unavailable();
        }
        String fingerprint = fingerprint(recorder, request);
        Optional<Remembered> first = find(recorder.id(), key);
        if (first.isPresent()) {
            return replay(key, fingerprint, first.get());
        }
        try {
            record.accept(Map.of(KEY, key.value(), FINGERPRINT, fingerprint,
                    TRAINEE_ID, entry.traineeId(), ENTRY_ID, entry.entryId()));
            return entry;
        } catch (KeyTaken taken) {
            // another request with this key committed while this one waited for it
            return replay(key, fingerprint, find(recorder.id(), key).orElseThrow(() ->
                    new IllegalStateException("Idempotency-Key taken, yet no row for it", taken)));
        }
    }

    /**
     * Writes the key's row in the command's transaction; false when another request holds the key.
     * PostgreSQL makes a second insert of the same key wait until the first one's transaction ends.
     */
    boolean claim(MetaData metaData) {
        if (jdbc == null) {
            throw IdempotencyRules.unavailable();
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An Idempotency-Key must be written in the transaction that stores its event");
        }
        return jdbc.update("""
                        INSERT INTO idempotency_key (recorder_id, idempotency_key, request_fingerprint, trainee_id, entry_id)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                metaData.get(Recorder.ID_KEY), metaData.get(KEY), metaData.get(FINGERPRINT),
                metaData.get(TRAINEE_ID), metaData.get(ENTRY_ID)) == 1;
    }

    private Optional<Remembered> find(String recorderId, IdempotencyKey key) {
        return jdbc.query("""
                        SELECT request_fingerprint, trainee_id, entry_id FROM idempotency_key
                        WHERE recorder_id = ? AND idempotency_key = ?""",
                (row, n) -> new Remembered(row.getString(1), new KeyedEntry(row.getString(2), row.getString(3))),
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
