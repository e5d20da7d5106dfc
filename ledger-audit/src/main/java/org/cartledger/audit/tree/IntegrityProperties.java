package org.cartledger.audit.tree;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param keyDirectory     where the tree-head signing key lives; generated there on first start
 * @param publishInterval  how often a new tree head is signed when the ledger has grown
 * @param witnesses        the witnesses whose cosignatures the ledger accepts, each {@code name=<base64 public key>}
 *                         (docs/ledger-proofs.md §4c); none by default, and then every cosignature is refused
 * @param signAfterWrites  how soon after the ledger grows a tree head is signed over it (writes within this time share
 *                         one head); {@code 0} leaves signing to the schedule and the administrator
 * @param readerWait       how long a reader (a bundle, a transcript, a committee report) waits for a signed head that
 *                         covers what it asks for before it is answered {@code tree-head-pending}; readers never sign
 */
@ConfigurationProperties("ledger.integrity")
public record IntegrityProperties(Path keyDirectory, Duration publishInterval, List<String> witnesses, Duration signAfterWrites,
                                  Duration readerWait) {

    public IntegrityProperties {
        keyDirectory = keyDirectory != null ? keyDirectory : Path.of("ledger-data", "keys");
        publishInterval = publishInterval != null ? publishInterval : Duration.ofMinutes(5);
        witnesses = witnesses != null ? List.copyOf(witnesses) : List.of();
        signAfterWrites = signAfterWrites != null ? signAfterWrites : Duration.ofSeconds(1);
        readerWait = readerWait != null ? readerWait : Duration.ofSeconds(10);
    }

    /** When a reader who found no head covering its entries should ask again. */
    Duration nextHeadWithin() {
        return signAfterWrites.isZero() ? publishInterval : signAfterWrites.plusSeconds(1);
    }
}
