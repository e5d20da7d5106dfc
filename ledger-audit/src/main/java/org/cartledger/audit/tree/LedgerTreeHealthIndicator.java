package org.cartledger.audit.tree;

import org.cartledger.proof.Hashes;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The ledger's tree in {@code /actuator/health} (as {@code ledgerTree}): DOWN once the check before signing found the
 * store altered behind the ledger's back, with what it found; it stays DOWN, and no head is signed, until the
 * ledger is restarted on a store that passes the check. Only what was found is reported: the check runs when a head
 * is to be signed, not on each probe. Not part of readiness: entries are still recorded, and they are what an audit
 * of the store will need.
 */
@Component
public class LedgerTreeHealthIndicator implements HealthIndicator {

    private final LedgerTree tree;

    LedgerTreeHealthIndicator(LedgerTree tree) {
        this.tree = tree;
    }

    @Override
    public Health health() {
        Health.Builder health = tree.integrityBreach().map(breach -> {
            Health.Builder down = Health.down().withDetail("rule", IntegrityBreach.RULE).withDetail("error", breach.reason())
                    .withDetail("changed", breach.changed().name().toLowerCase().replace('_', '-'));
            if (breach.position() != null) {
                down.withDetail("position", breach.position());
            }
            return down;
        }).orElseGet(Health::up);
        tree.keptHead().ifPresent(head -> health.withDetail("lastSignedTreeSize", head.head().treeSize())
                .withDetail("lastSignedRoot", Hashes.hex(head.head().rootHash())));
        return health.build();
    }
}
