package org.cartledger.command.people;

import java.util.Set;
import org.cartledger.http.security.KnownUsers;
import org.cartledger.api.recording.LedgerRole;

/**
 * A command side that keeps no users (on its own, behind Axon Server, signing people in with the
 * hospital's tokens) knows no one but the person signed in, whose token it has just checked.
 */
final class SignedInPersonOnly implements KnownUsers {

    @Override
    public Set<LedgerRole> rolesOf(String userId) {
        return Set.of();
    }

    @Override
    public String whereKnown() {
        return "This ledger signs people in with the hospital's tokens and keeps no list of users, so it knows only "
                + "the person signed in: name yourself, or have the entry recorded by the person it names.";
    }
}
