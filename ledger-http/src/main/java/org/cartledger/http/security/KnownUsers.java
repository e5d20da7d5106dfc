package org.cartledger.http.security;

import java.util.Set;
import org.cartledger.api.recording.LedgerRole;

/**
 * The people the ledger knows, and their roles: what an entry that names someone (a faculty member who
 * signs off, a mentor, an approver) is checked against. Implemented where the users are kept: the
 * embedded ledger over its own users; where people sign in with tokens, by what the ledger has seen of
 * them. Without an implementation, only the signed-in person is known ({@link SignedInPersonOnly}).
 */
public interface KnownUsers {

    /** The roles the ledger knows {@code userId} to hold; empty for someone it does not know. */
    Set<LedgerRole> rolesOf(String userId);

    /** Where the ledger looked, said in a refusal so that its reader knows how to make someone known. */
    String whereKnown();
}
