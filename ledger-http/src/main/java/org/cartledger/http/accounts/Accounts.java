package org.cartledger.http.accounts;

import java.util.List;
import java.util.Optional;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerRole;

/**
 * The people the ledger keeps for password sign-in (the embedded default), as the API's administrators
 * and the web app's pages manage them: the web app reaches the accounts through this and never the
 * users module's tables. Each change names who made it; a change the rules refuse throws
 * {@link org.cartledger.http.problem.Refusal} naming the rule (or the field) and changes nothing.
 * There is no such bean where people sign in through the hospital's identity provider, which keeps them.
 */
public interface Accounts {

    List<Account> all();

    Optional<Account> find(String id);

    /** A new account with its first password, which its holder should change at once. */
    Account create(String id, String password, List<LedgerRole> roles, TraineeId traineeId, String createdBy);

    /** More roles (those held stay as granted) and, once, the trainee id the person is. */
    Account grant(String id, List<LedgerRole> roles, TraineeId traineeId, String grantedBy);

    /** A new password: the holder's own change, or an administrator's reset of a forgotten one. */
    void setPassword(String id, String password, String changedBy);
}
