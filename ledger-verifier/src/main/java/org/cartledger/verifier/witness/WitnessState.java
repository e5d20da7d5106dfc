package org.cartledger.verifier.witness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.cartledger.proof.bundle.BundleTreeHead;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a witness keeps between rounds and across restarts, in its state directory: the last head it cosigned, with
 * its own cosignature ({@value #COSIGNED_FILE}), and the ledger key it trusts when none is given
 * ({@value #LEDGER_KEY_FILE}). A witness that forgot its last head could be shown a rolled-back ledger as new, so a
 * file that cannot be read stops the witness rather than start it afresh.
 */
final class WitnessState {

    static final String COSIGNED_FILE = "cosigned-tree-head.json";
    static final String LEDGER_KEY_FILE = "ledger-key.pub";
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path directory;

    WitnessState(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** The last head this witness cosigned, carrying its cosignature; empty before its first. */
    Optional<BundleTreeHead> lastCosigned() {
        Path file = directory.resolve(COSIGNED_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            BundleTreeHead head = JSON.readValue(file.toFile(), BundleTreeHead.class);
            head.toSignedTreeHead();
            return Optional.of(head);
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + " does not hold the last cosigned tree head (" + e.getMessage() + "); restore it "
                    + "from a backup: without it this witness cannot tell a rolled-back ledger from a new one", e);
        }
    }

    /** Keeps the head (written whole, then moved into place, so a crash leaves the old one or the new one). */
    void keepCosigned(BundleTreeHead cosigned) {
        write(COSIGNED_FILE, JSON.writeValueAsBytes(cosigned));
    }

    Optional<Path> ledgerKeyFile() {
        Path file = directory.resolve(LEDGER_KEY_FILE);
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    void keepLedgerKey(byte[] base64Spki) {
        write(LEDGER_KEY_FILE, base64Spki);
    }

    private void write(String name, byte[] bytes) {
        try {
            Files.createDirectories(directory);
            Path written = Files.createTempFile(directory, name, ".tmp");
            Files.write(written, bytes);
            Files.move(written, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep " + name + " in " + directory + ": " + e.getMessage(), e);
        }
    }
}
