package org.cartledger.web.committee;

import java.util.EnumSet;
import java.util.Set;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.security.LedgerPrincipal;

/**
 * Who may open the committee's pages: the committee, and those the role matrix lets read every trainee's
 * dashboard and the reproduction of a review as well: the coordinator and auditors (docs/sign-in-and-roles.md).
 * Faculty read a trainee's record on their own pages, but the committee's deliberations are not theirs; a
 * trainee sees their own record only; the administrator manages accounts and reads no record.
 */
public final class CommitteeAccess {

    static final Set<LedgerRole> MAY_OPEN = EnumSet.of(LedgerRole.COMMITTEE, LedgerRole.COORDINATOR, LedgerRole.AUDITOR);

    private CommitteeAccess() {
    }

    public static boolean mayOpen(LedgerPrincipal who) {
        return who.roles().stream().anyMatch(MAY_OPEN::contains);
    }
}
