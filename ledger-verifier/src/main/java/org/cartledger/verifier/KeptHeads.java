package org.cartledger.verifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.cartledger.proof.Hashes;
import org.cartledger.proof.SignedTreeHead;
import org.cartledger.proof.TreeHeadSigner;
import org.cartledger.proof.bundle.BundleTreeHead;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed tree heads an auditor kept (docs/ledger-proofs.md §7, {@code --kept-heads}): a file holding one head in the
 * JSON form the ledger publishes (§5, as {@code GET /api/ledger/tree-heads/latest} answers) or a list of them (as
 * {@code GET /api/ledger/tree-heads} does), or a directory of such {@code .json} files. A head the ledger signed once
 * stays signed: whatever is audited later must extend it.
 */
final class KeptHeads {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** One kept head and where it was read from, to name it. */
    record KeptHead(String source, SignedTreeHead head) {

        String named() {
            return "the kept tree head of size " + head.head().treeSize() + " (root " + Hashes.hex(head.head().rootHash())
                    + ", made " + head.head().timestampText() + ", from " + source + ")";
        }
    }

    private KeptHeads() {
    }

    /** @throws IllegalArgumentException naming the file that cannot be read as signed tree heads */
    static List<KeptHead> read(Path fileOrDirectory) {
        List<Path> files;
        try (Stream<Path> listed = Files.isDirectory(fileOrDirectory) ? Files.list(fileOrDirectory) : Stream.of(fileOrDirectory)) {
            files = listed.filter(file -> file.equals(fileOrDirectory) || file.getFileName().toString().endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the kept heads in " + fileOrDirectory + ": " + e.getMessage());
        }
        List<KeptHead> kept = new ArrayList<>();
        for (Path file : files) {
            kept.addAll(readFile(file));
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException(fileOrDirectory + " holds no kept tree head (.json files of signed tree heads)");
        }
        kept.sort(Comparator.comparingLong(k -> k.head().head().treeSize()));
        return kept;
    }

    private static List<KeptHead> readFile(Path file) {
        try {
            JsonNode json = JSON.readTree(Files.readAllBytes(file));
            List<JsonNode> heads = new ArrayList<>();
            if (json.isArray()) {
                json.forEach(heads::add);
            } else {
                heads.add(json);
            }
            List<KeptHead> kept = new ArrayList<>();
            for (int i = 0; i < heads.size(); i++) {
                String source = json.isArray() ? file + "[" + i + "]" : file.toString();
                kept.add(new KeptHead(source, JSON.treeToValue(heads.get(i), BundleTreeHead.class).toSignedTreeHead()));
            }
            return kept;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the kept head " + file + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a signed tree head as the ledger publishes them: " + e.getMessage());
        }
    }

    /** The problem with a kept head's signature, or null when the key verifies it. */
    static String signatureProblem(KeptHead kept, PublicKey key) {
        return TreeHeadSigner.verify(kept.head(), key) ? null
                : kept.named() + ": its signature does not verify with the ledger's public key, so it proves nothing";
    }
}
