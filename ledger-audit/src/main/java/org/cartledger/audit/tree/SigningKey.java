package org.cartledger.audit.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.bundle.BundlePublicKey;
import org.cartledger.proof.keyrotation.KeyAnnouncement;
import org.cartledger.proof.keyrotation.KeyChain;
import org.cartledger.proof.keyrotation.KeyChainBroken;
import tools.jackson.databind.json.JsonMapper;

/**
 * The key that signs new tree heads, and the chain of key announcements that leads to it from the ledger's first key
 * (docs/ledger-proofs.md §4b). Both live in the key directory: the current key in the files of {@link Ed25519Keys}, the
 * announcements in {@value #ANNOUNCEMENTS_FILE}, so that a restart signs on with the key it rotated to.
 */
public final class SigningKey {

    static final String ANNOUNCEMENTS_FILE = "key-announcements.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;
    private final AtomicReference<State> state = new AtomicReference<>();

    private record State(TreeHeadSigner signer, AnnouncedKeys published, KeyChain chain) {
    }

    /**
     * Loads (or, on first start, creates) the key in {@code directory} and the announcements beside it.
     *
     * @throws IllegalStateException if the announcements do not lead to the key in the directory
     */
    public SigningKey(Path directory) {
        this.directory = directory;
        TreeHeadSigner signer = new TreeHeadSigner(Ed25519Keys.loadOrCreate(directory));
        Path file = directory.resolve(ANNOUNCEMENTS_FILE);
        AnnouncedKeys published;
        if (Files.exists(file)) {
            try {
                published = JSON.readValue(file.toFile(), AnnouncedKeys.class);
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + " does not hold the key announcements (" + e.getMessage() + ")", e);
            }
        } else {
            published = new AnnouncedKeys(BundlePublicKey.of(signer.publicKey()), signer.keyId(), List.of());
        }
        state.set(new State(signer, published, chainOf(published, signer.keyId(), file)));
    }

    private static KeyChain chainOf(AnnouncedKeys published, String keyInDirectory, Path file) {
        KeyChain chain;
        try {
            chain = KeyChain.follow(Ed25519Keys.publicKey(Base64.getDecoder().decode(published.firstKey().spki())),
                    published.announcements());
        } catch (KeyChainBroken | IllegalArgumentException e) {
            throw new IllegalStateException(file + " is not a chain of key announcements: " + e.getMessage(), e);
        }
        if (!chain.newest().keyId().equals(keyInDirectory)) {
            // e.g. a rotation interrupted between writing the announcement and the new key: never sign with a key
            // the published chain does not reach, nor publish a chain to a key the ledger does not hold
            throw new IllegalStateException("The key announcements in " + file + " lead to key id " + chain.newest().keyId()
                    + ", but the signing key in " + file.getParent() + " has key id " + keyInDirectory
                    + "; restore the key the announcements lead to");
        }
        return chain;
    }

    public TreeHeadSigner signer() {
        return state.get().signer();
    }

    public PublicKey publicKey() {
        return signer().publicKey();
    }

    public String keyId() {
        return signer().keyId();
    }

    /** The first key and the announcements to the current key, as published. */
    public AnnouncedKeys announced() {
        return state.get().published();
    }

    /** The keys the ledger has signed with, the first one first. */
    public KeyChain chain() {
        return state.get().chain();
    }

    /** The public key of this key id, if the ledger ever signed with it. */
    public PublicKey publicKeyOf(String keyId) {
        KeyChain.ChainedKey key = chain().byId(keyId);
        return key == null ? null : key.key();
    }

    /** The announcements from the first key up to (and including) the one that announced {@code keyId}. */
    public List<KeyAnnouncement> announcementsUpTo(String keyId) {
        List<KeyAnnouncement> upTo = new ArrayList<>();
        if (chain().keys().get(0).keyId().equals(keyId)) {
            return upTo;
        }
        for (KeyAnnouncement announcement : announced().announcements()) {
            upTo.add(announcement);
            if (announcement.newKeyId().equals(keyId)) {
                break;
            }
        }
        return upTo;
    }

    /**
     * Replaces the signing key with a new one, announced as signing heads from {@code effectiveFromTreeSize} on. The
     * announcement is written before the new key, and the old key's public half is kept under {@code retired/}; the old
     * private key is deleted, so that it cannot sign after its successor took over. Callers serialise this with signing.
     */
    public synchronized KeyAnnouncement rotate(long effectiveFromTreeSize, Instant at) {
        State now = state.get();
        KeyPair oldKeys = Ed25519Keys.loadOrCreate(directory);
        KeyPair newKeys = Ed25519Keys.generate();
        KeyAnnouncement announcement = KeyAnnouncement.sign(oldKeys, newKeys, effectiveFromTreeSize, at);
        List<KeyAnnouncement> announcements = new ArrayList<>(now.published().announcements());
        announcements.add(announcement);
        AnnouncedKeys published = new AnnouncedKeys(now.published().firstKey(), announcement.newKeyId(), List.copyOf(announcements));
        KeyChain chain = KeyChain.follow(now.chain().keys().get(0).key(), announcements);
        try {
            Path retired = Files.createDirectories(directory.resolve("retired"));
            Files.write(retired.resolve(now.signer().keyId() + ".pub"), oldKeys.getPublic().getEncoded());
            Path staged = Files.createTempDirectory(directory, "rotation");
            Ed25519Keys.loadOrCreate(staged); // creates the files owner-only; their content is replaced by the new pair
            Files.write(staged.resolve(Ed25519Keys.PRIVATE_KEY_FILE), newKeys.getPrivate().getEncoded());
            Files.write(staged.resolve(Ed25519Keys.PUBLIC_KEY_FILE), newKeys.getPublic().getEncoded());
            writeAtomically(directory.resolve(ANNOUNCEMENTS_FILE), JSON.writeValueAsBytes(published));
            Files.move(staged.resolve(Ed25519Keys.PRIVATE_KEY_FILE), directory.resolve(Ed25519Keys.PRIVATE_KEY_FILE),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staged.resolve(Ed25519Keys.PUBLIC_KEY_FILE), directory.resolve(Ed25519Keys.PUBLIC_KEY_FILE),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(staged);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rotate the tree head signing key in " + directory, e);
        }
        state.set(new State(new TreeHeadSigner(newKeys), published, chain));
        return announcement;
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path written = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        Files.write(written, bytes);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
