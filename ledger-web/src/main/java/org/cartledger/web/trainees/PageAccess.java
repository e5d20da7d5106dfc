package org.cartledger.web.trainees;

import java.util.Collections;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.security.AccessRule;
import org.cartledger.http.security.LedgerPrincipal;

/**
 * Who may open which trainee's pages, and sign off their skills: the API's role matrix for the same
 * records (docs/sign-in-and-roles.md), applied by the pages because they ask the query and command
 * buses directly rather than through /api. Staff read every record, a trainee only their own; only
 * faculty sign off, and never in their own record.
 */
public final class PageAccess {

    private PageAccess() {
    }

    public static boolean isStaff(LedgerPrincipal who) {
        return !Collections.disjoint(who.roles(), AccessRule.STAFF);
    }

    public static boolean mayRead(LedgerPrincipal who, TraineeId traineeId) {
        return isStaff(who) || (who.roles().contains(LedgerRole.TRAINEE) && who.isTrainee(traineeId));
    }

    public static boolean maySignOff(LedgerPrincipal who, TraineeId traineeId) {
        return mayRecord(who, traineeId);
    }

    /** Faculty record every kind of entry they log (and correct their own) as they sign off skills. */
    public static boolean mayRecord(LedgerPrincipal who, TraineeId traineeId) {
        return who.roles().contains(LedgerRole.FACULTY) && !who.isTrainee(traineeId);
    }
}
