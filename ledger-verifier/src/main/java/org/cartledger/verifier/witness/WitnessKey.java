package org.cartledger.verifier.witness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.cartledger.proof.Ed25519Keys;
import org.cartledger.proof.witness.Cosignature;
import org.cartledger.proof.witness.KnownWitnesses;

/**
 * A witness's name and Ed25519 key pair, kept in a directory of their own: {@value #PRIVATE_KEY_FILE} (PKCS#8 DER,
 * readable by its owner only), {@value #PUBLIC_KEY_FILE} (SubjectPublicKeyInfo DER) and {@value #NAME_FILE}. The
 * name is kept with the key because the ledger and the auditors list the two together.
 */
public record WitnessKey(String name, KeyPair keys) {

    public static final String PRIVATE_KEY_FILE = "witness.key";
    public static final String PUBLIC_KEY_FILE = "witness.pub";
    public static final String NAME_FILE = "witness.name";

    /** Creates the witness's key in an empty or new directory; never replaces a key there. */
    public static WitnessKey create(Path directory, String name) {
        Cosignature.requireName(name);
        if (Files.exists(directory.resolve(PRIVATE_KEY_FILE)) || Files.exists(directory.resolve(NAME_FILE))) {
            throw new IllegalArgumentException(directory + " already holds a witness key; it is never replaced (print it with "
                    + "witness-key --key " + directory + ")");
        }
        KeyPair keys = Ed25519Keys.loadOrCreate(directory, PRIVATE_KEY_FILE, PUBLIC_KEY_FILE);
        try {
            Files.writeString(directory.resolve(NAME_FILE), name + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + directory.resolve(NAME_FILE) + ": " + e.getMessage());
        }
        return new WitnessKey(name, keys);
    }

    /** The witness's key and name kept in the directory. */
    public static WitnessKey read(Path directory) {
        if (!Files.exists(directory.resolve(PRIVATE_KEY_FILE)) || !Files.exists(directory.resolve(NAME_FILE))) {
            throw new IllegalArgumentException(directory + " holds no witness key (" + PRIVATE_KEY_FILE + ", " + NAME_FILE
                    + "); make one with witness-key --out " + directory + " --name <name>");
        }
        try {
            String name = Cosignature.requireName(Files.readString(directory.resolve(NAME_FILE), StandardCharsets.US_ASCII).strip());
            return new WitnessKey(name, Ed25519Keys.loadOrCreate(directory, PRIVATE_KEY_FILE, PUBLIC_KEY_FILE));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read the witness key in " + directory + ": " + e.getMessage());
        }
    }

    /** The line that lists this witness for the ledger (ledger.integrity.witnesses) and for auditors (--witness-keys). */
    public String entry() {
        return KnownWitnesses.entryOf(name, keys.getPublic());
    }

    public String keyId() {
        return Ed25519Keys.keyId(keys.getPublic());
    }
}
