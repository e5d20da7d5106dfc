package org.cartledger.verifier;

import java.util.List;

/**
 * What {@link LedgerAudit} found.
 *
 * @param intact           true exactly when no finding is a problem (notes do not count)
 * @param findings         one sentence per finding: problems first, then notes, which begin with
 *                         {@value #NOTE_PREFIX}
 * @param eventsChecked    rows of {@code domain_event_entry} read
 * @param treeHeadsChecked rows of {@code tree_head} read, whether or not their signatures verified
 */
public record AuditReport(boolean intact, List<String> findings, long eventsChecked, int treeHeadsChecked) {

    /** The start of a finding that informs but is not a problem, e.g. events not yet signed. */
    public static final String NOTE_PREFIX = "note: ";

    public AuditReport {
        findings = List.copyOf(findings);
    }

    /** The findings that make the ledger not intact. */
    public List<String> problems() {
        return findings.stream().filter(f -> !f.startsWith(NOTE_PREFIX)).toList();
    }

    /** The informational findings. */
    public List<String> notes() {
        return findings.stream().filter(f -> f.startsWith(NOTE_PREFIX)).toList();
    }
}
