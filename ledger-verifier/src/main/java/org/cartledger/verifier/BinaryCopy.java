package org.cartledger.verifier;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * The rows of a query, read with {@code COPY (query) TO STDOUT (FORMAT binary)}, a field at a time. A
 * result set is fetched a batch at a time, the server idle while the client works on each; COPY streams,
 * so the server produces rows while the audit hashes them, and binary sends bytea as its bytes rather
 * than as hex text that the server writes and the driver parses back.
 */
final class BinaryCopy implements AutoCloseable {

    private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    private final PGCopyInputStream copy;
    private final DataInputStream in;
    private final int columns;

    BinaryCopy(Connection connection, String query, int columns) throws SQLException {
        this.columns = columns;
        copy = new PGCopyInputStream(connection.unwrap(PGConnection.class),
                "COPY (" + query + ") TO STDOUT (FORMAT binary)");
        in = new DataInputStream(new BufferedInputStream(copy, 1 << 16));
        try {
            byte[] signature = in.readNBytes(SIGNATURE.length);
            if (!Arrays.equals(signature, SIGNATURE)) {
                throw new SQLException("the output of " + query + " does not start with the binary COPY signature");
            }
            in.readInt(); // flags: none of them changes how rows are written
            in.skipNBytes(in.readInt()); // header extension
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Moves to the next row; false after the last. */
    boolean next() throws SQLException {
        try {
            short fields = in.readShort();
            if (fields == -1) {
                return false;
            }
            if (fields != columns) {
                throw new SQLException("a row has " + fields + " columns, not " + columns);
            }
            return true;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The next field of the row, as bytea; {@code null} for NULL. */
    byte[] bytes() throws SQLException {
        try {
            int length = in.readInt();
            return length == -1 ? null : in.readNBytes(length);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The next field, text in the connection's encoding, which the driver sets to UTF-8. */
    String text() throws SQLException {
        byte[] value = bytes();
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /** The next field, a bigint or an integer. */
    long integer() throws SQLException {
        try {
            int length = in.readInt();
            return switch (length) {
                case 8 -> in.readLong();
                case 4 -> in.readInt();
                default -> throw new SQLException("an integer field of " + length + " bytes");
            };
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            // reading to the end completes the COPY, so the connection can be used again
            in.transferTo(java.io.OutputStream.nullOutputStream());
            copy.close();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static SQLException unreadable(IOException e) {
        return new SQLException("cannot read the ledger: " + e.getMessage(), e);
    }
}
