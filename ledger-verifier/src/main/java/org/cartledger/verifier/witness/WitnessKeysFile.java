package org.cartledger.verifier.witness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.cartledger.proof.witness.KnownWitnesses;
import org.cartledger.verifier.PublicKeyFile;

/**
 * The witnesses an auditor trusts ({@code --witness-keys}): a text file of {@code name=<base64 public key>} lines,
 * as {@code witness-key} prints them ({@code #} starts a comment), or a directory of such {@code .txt} files and of
 * {@code <name>.pub} files each holding one witness's public key (DER, base64 or PEM).
 */
public final class WitnessKeysFile {

    private WitnessKeysFile() {
    }

    /** @throws IllegalArgumentException naming the file or line that is not a witness and its key */
    public static KnownWitnesses read(Path fileOrDirectory) {
        List<String> entries = new ArrayList<>();
        try {
            if (Files.isDirectory(fileOrDirectory)) {
                try (Stream<Path> files = Files.list(fileOrDirectory)) {
                    for (Path file : files.sorted().toList()) {
                        String fileName = file.getFileName().toString();
                        if (fileName.endsWith(".pub")) {
                            String name = fileName.substring(0, fileName.length() - ".pub".length());
                            entries.add(name + "=" + Base64.getEncoder().encodeToString(PublicKeyFile.read(file).getEncoded()));
                        } else if (fileName.endsWith(".txt")) {
                            entries.addAll(Files.readAllLines(file, StandardCharsets.US_ASCII));
                        }
                    }
                }
            } else {
                entries.addAll(Files.readAllLines(fileOrDirectory, StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the witness keys in " + fileOrDirectory + ": " + e.getMessage());
        }
        KnownWitnesses known = KnownWitnesses.parse(entries, fileOrDirectory.toString());
        if (known.isEmpty()) {
            throw new IllegalArgumentException(fileOrDirectory + " lists no witness (name=<base64 public key> lines, or <name>.pub files)");
        }
        return known;
    }
}
