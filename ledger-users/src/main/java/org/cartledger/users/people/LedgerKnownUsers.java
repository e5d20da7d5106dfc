package org.cartledger.users.people;

import java.util.Set;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.users.accounts.LedgerUsers;
import org.cartledger.http.security.KnownUsers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The people the one-process ledger knows: with password sign-in (the embedded default), its users and
 * their roles; with token sign-in, those who have signed in to it with a token, in the roles it carried.
 */
@Component
class LedgerKnownUsers implements KnownUsers {

    private final LedgerUsers users;
    private final SignedInWithToken signedInWithToken;

    LedgerKnownUsers(ObjectProvider<LedgerUsers> users, SignedInWithToken signedInWithToken) {
        this.users = users.getIfAvailable();
        this.signedInWithToken = signedInWithToken;
    }

    @Override
    public Set<LedgerRole> rolesOf(String userId) {
        return users != null ? users.rolesOf(userId) : signedInWithToken.rolesOf(userId);
    }

    @Override
    public String whereKnown() {
        return users != null
                ? "GET /api/admin/users lists the ledger's users; the administrator creates one, or grants a role, there."
                : "People sign in here with the hospital's tokens, so the ledger knows only those who have signed in to it "
                        + "(with that role) at least once: ask them to sign in, then record the entry again.";
    }
}
