package org.cartledger.audit.tree;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param keyDirectory    where the tree-head signing key lives; generated there on first start
 * @param publishInterval how often a new tree head is signed when the ledger has grown
 * @param witnesses       the witnesses whose cosignatures the ledger accepts, each {@code name=<base64 public key>}
 *                        (docs/ledger-proofs.md §4c); none by default, and then every cosignature is refused
 */
@ConfigurationProperties("ledger.integrity")
public record IntegrityProperties(Path keyDirectory, Duration publishInterval, List<String> witnesses) {

    public IntegrityProperties {
        keyDirectory = keyDirectory != null ? keyDirectory : Path.of("ledger-data", "keys");
        publishInterval = publishInterval != null ? publishInterval : Duration.ofMinutes(5);
        witnesses = witnesses != null ? List.copyOf(witnesses) : List.of();
    }
}
