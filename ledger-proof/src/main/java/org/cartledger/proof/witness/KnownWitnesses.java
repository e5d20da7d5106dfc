package org.cartledger.proof.witness;

import java.security.PublicKey;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cartledger.proof.Ed25519Keys;

/**
 * The witnesses whose cosignatures count, each by its name and its Ed25519 public key, as the ledger's operators
 * and auditors list them: one {@code name=<SubjectPublicKeyInfo DER, base64>} per entry (docs/ledger-proofs.md §4c).
 * A cosignature by anyone else is not a witness's, however well it is signed.
 */
public final class KnownWitnesses {

    private final Map<String, PublicKey> keys;

    private KnownWitnesses(Map<String, PublicKey> keys) {
        this.keys = Collections.unmodifiableMap(keys);
    }

    public static KnownWitnesses none() {
        return new KnownWitnesses(new LinkedHashMap<>());
    }

    public static KnownWitnesses of(Map<String, PublicKey> keys) {
        Map<String, PublicKey> checked = new LinkedHashMap<>();
        keys.forEach((name, key) -> {
            Cosignature.requireName(name);
            if (!Ed25519Keys.isEd25519(key)) {
                throw new IllegalArgumentException("the key of witness " + name + " is not an Ed25519 key");
            }
            checked.put(name, key);
        });
        return new KnownWitnesses(checked);
    }

    /**
     * Reads entries {@code name=base64}; blank entries and those starting with {@code #} are skipped.
     *
     * @param source where the entries come from, to name it in a refusal
     * @throws IllegalArgumentException naming the entry that is not a witness and its key, or a name given twice
     */
    public static KnownWitnesses parse(Collection<String> entries, String source) {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException(source + ": \"" + entry + "\" is not name=<base64 public key>");
            }
            String name = Cosignature.requireName(entry.substring(0, equals).strip());
            PublicKey key;
            try {
                key = Ed25519Keys.publicKey(Base64.getDecoder().decode(entry.substring(equals + 1).strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": the key of witness " + name + " is " + e.getMessage());
            }
            if (keys.put(name, key) != null) {
                throw new IllegalArgumentException(source + ": witness " + name + " is listed twice");
            }
        }
        return new KnownWitnesses(keys);
    }

    /** The entry that lists this witness: {@code name=base64}. */
    public static String entryOf(String name, PublicKey key) {
        return Cosignature.requireName(name) + "=" + Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The witness's key, or null for a witness not listed. */
    public PublicKey keyOf(String name) {
        return name == null ? null : keys.get(name);
    }

    public Map<String, PublicKey> keys() {
        return keys;
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }
}
