package org.cartledger.proof;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key with which the ledger's writer marks each event it stores as its own (docs/ledger-proofs.md §2a): an
 * HMAC-SHA256 over the event's canonical fields but its position, kept in {@code writer_mac}. The key lives in the key
 * directory beside the signing key, never in the database, so whoever can only write the database cannot make an event
 * the tree will take. It also says from which position on events must carry a MAC: those stored before the key existed
 * (an upgraded ledger) have none.
 *
 * <p>The file ({@value #FILE_NAME}) is three lines of ASCII: {@value #FILE_HEADER}, the key in base64 (32 bytes), and
 * the position after which every event must carry a MAC.
 *
 * @param macsRequiredAfter events at this position or below were stored before the key existed and carry no MAC
 */
public record WriterKey(byte[] key, long macsRequiredAfter) {

    public static final String FILE_NAME = "ledger-writer.key";
    public static final String FILE_HEADER = "cartledger:writer-key:v1";
    /** The 20 ASCII bytes that start every MAC input of version 1. */
    public static final String MAC_PREFIX = "cartledger:writer:v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    public WriterKey {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a writer key is " + KEY_BYTES + " bytes, not " + key.length);
        }
        if (macsRequiredAfter < 0) {
            throw new IllegalArgumentException("a position is never negative: " + macsRequiredAfter);
        }
        key = key.clone();
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    /**
     * The writer key in {@code directory}; on first start a new one, required of every event after the position
     * {@code newestPosition} answers then (the newest event stored before the key existed), written owner-only.
     *
     * @throws IllegalStateException if the file is there but not a writer key: a key is never silently replaced
     */
    public static WriterKey loadOrCreate(Path directory, LongSupplier newestPosition) {
        Path file = directory.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return read(file);
        }
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        WriterKey created = new WriterKey(bytes, newestPosition.getAsLong());
        try {
            Files.createDirectories(directory);
            Ed25519Keys.writeOwnerOnly(file, created.fileText().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the ledger's writer key in " + directory, e);
        }
        return created;
    }

    /** The writer key in this file (as {@link #loadOrCreate} wrote it); what an auditor entrusted with it reads. */
    public static WriterKey read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ledger's writer key " + file, e);
        }
        try {
            if (lines.size() != 3 || !FILE_HEADER.equals(lines.get(0))) {
                throw new IllegalArgumentException("expected three lines, the first " + FILE_HEADER);
            }
            return new WriterKey(Base64.getDecoder().decode(lines.get(1)), Long.parseLong(lines.get(2)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " is not a writer key of the ledger (" + e.getMessage() + "); restore it "
                    + "from the backup of the key directory", e);
        }
    }

    String fileText() {
        return FILE_HEADER + "\n" + Base64.getEncoder().encodeToString(key) + "\n" + macsRequiredAfter + "\n";
    }

    /** Whether the event at this position must carry a MAC: every event stored since the key was made. */
    public boolean required(long position) {
        return position > macsRequiredAfter;
    }

    /** The MAC of an event (its position, which the database assigns, is not covered). */
    public byte[] macOf(LedgerEvent event) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(macInput(event));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no " + ALGORITHM, e);
        }
    }

    /** Whether {@code mac} is this key's MAC of the event; false for none. */
    public boolean verifies(LedgerEvent event, byte[] mac) {
        return mac != null && MessageDigest.isEqual(macOf(event), mac);
    }

    /**
     * The bytes the MAC is computed over (§2a): the prefix, then the canonical form's fields 2 to 9 (all but the
     * position), each length-prefixed as in §2.
     */
    static byte[] macInput(LedgerEvent event) {
        byte[] metaData = event.metaData();
        byte[] payload = event.payload();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + payload.length + (metaData == null ? 0 : metaData.length));
        out.writeBytes(MAC_PREFIX.getBytes(StandardCharsets.US_ASCII));
        LedgerEvent.field(out, LedgerEvent.utf8(event.eventIdentifier()));
        LedgerEvent.field(out, LedgerEvent.utf8(event.aggregateIdentifier()));
        LedgerEvent.field(out, LedgerEvent.ascii(Long.toString(event.sequenceNumber())));
        LedgerEvent.field(out, LedgerEvent.utf8(event.payloadType()));
        LedgerEvent.field(out, event.payloadRevision() == null ? new byte[0] : LedgerEvent.utf8(event.payloadRevision()));
        LedgerEvent.field(out, LedgerEvent.utf8(event.timeStamp()));
        LedgerEvent.field(out, metaData == null ? new byte[0] : metaData);
        LedgerEvent.field(out, payload);
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WriterKey that && macsRequiredAfter == that.macsRequiredAfter && MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(macsRequiredAfter);
    }

    @Override
    public String toString() {
        return "WriterKey[macsRequiredAfter=" + macsRequiredAfter + "]"; // never the key
    }
}
