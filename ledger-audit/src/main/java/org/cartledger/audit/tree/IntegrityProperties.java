package org.cartledger.audit.tree;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param keyDirectory    where the tree-head signing key lives; generated there on first start
 * @param publishInterval how often a new tree head is signed when the ledger has grown
 */
@ConfigurationProperties("ledger.integrity")
public record IntegrityProperties(Path keyDirectory, Duration publishInterval) {

    public IntegrityProperties {
        keyDirectory = keyDirectory != null ? keyDirectory : Path.of("ledger-data", "keys");
        publishInterval = publishInterval != null ? publishInterval : Duration.ofMinutes(5);
    }
}
