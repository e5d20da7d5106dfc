package org.cartledger.audit.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.bundle.BundleTreeHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The newest tree head this ledger signed, kept outside {@code tree_head}: in memory, and in a file beside the
 * signing key ({@value #FILE_NAME}). Someone who can edit the database but not the key directory cannot
 * make the ledger forget it by deleting rows of {@code tree_head}, so the ledger notices a rollback of its tail
 * before it signs over one. Written after the head's row is committed, so the file is never ahead of the table.
 */
@Component
class KeptTreeHead {

    static final String FILE_NAME = "last-signed-tree-head.json";
    private static final Logger log = LoggerFactory.getLogger(KeptTreeHead.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final AtomicReference<SignedTreeHead> kept = new AtomicReference<>();

    KeptTreeHead(IntegrityProperties properties) {
        this.file = properties.keyDirectory().toAbsolutePath().resolve(FILE_NAME);
        if (Files.exists(file)) {
            try {
                kept.set(JSON.readValue(file.toFile(), BundleTreeHead.class).toSignedTreeHead());
            } catch (RuntimeException e) {
                // an unreadable file must not pass for "nothing kept": the check would then trust the table alone
                throw new IllegalStateException(file + " does not hold a signed tree head (" + e.getMessage() + "); restore it, "
                        + "or move it away after auditing the ledger", e);
            }
        }
    }

    Optional<SignedTreeHead> get() {
        return Optional.ofNullable(kept.get());
    }

    /** Keeps the head if it is larger than the one kept (another process may sign beside this one). */
    void keep(SignedTreeHead signed) {
        SignedTreeHead now = kept.updateAndGet(old -> old == null || old.head().treeSize() < signed.head().treeSize() ? signed : old);
        if (now != signed) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path written = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            JSON.writeValue(written.toFile(), BundleTreeHead.of(signed));
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            // the head is signed and stored; only its copy outside the database is missing until the next one
            log.error("Could not keep the signed tree head of size {} in {}: {}", signed.head().treeSize(), file, e.toString());
        }
    }
}
