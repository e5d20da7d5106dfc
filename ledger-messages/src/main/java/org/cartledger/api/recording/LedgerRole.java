package org.cartledger.api.recording;

/**
 * What someone may do in the ledger: the role they signed in with. It also travels with every entry they
 * record, in its metadata under {@link Recorder#ROLE_KEY} and these names; auditors and trainees hold one
 * and record nothing.
 */
public enum LedgerRole {
    COORDINATOR,
    FACULTY,
    COMMITTEE,
    AUDITOR,
    TRAINEE,
    ADMIN
}
