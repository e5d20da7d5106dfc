package org.cartledger.web.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cartledger.api.ids.IdRule;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerRole;

/**
 * What the administrator's forms send: a user id, a password, roles ticked and the trainee id a trainee
 * is. Shape checks only, each naming its field; the rules about accounts (one per trainee id, a trainee
 * needs a trainee id, what a password must be) are the accounts' own.
 */
record AccountForm(String id, String password, List<String> roles, String traineeId) {

    /** The field at fault and the message that says why, or nothing when the form can be sent. */
    record Problem(String field, String message) {
    }

    Optional<Problem> problemWithId() {
        return id == null || !id.matches(IdRule.PATTERN) ? Optional.of(new Problem("id", "users.id.invalid")) : Optional.empty();
    }

    Optional<Problem> problemWithRolesOrTraineeId() {
        if (chosenRoles().isEmpty()) {
            return Optional.of(new Problem("roles", "users.roles.none"));
        }
        if (roles.size() != chosenRoles().size()) {
            return Optional.of(new Problem("roles", "users.roles.unknown"));
        }
        if (traineeIdOrNull() != null && !traineeIdOrNull().matches(IdRule.PATTERN)) {
            return Optional.of(new Problem("traineeId", "users.traineeId.invalid"));
        }
        return Optional.empty();
    }

    Optional<Problem> problemWithPassword() {
        return password == null || password.isEmpty() ? Optional.of(new Problem("password", "users.password.rules")) : Optional.empty();
    }

    /** The roles ticked that the ledger knows, in the ledger's order; a name it does not know is left out (and refused above). */
    List<LedgerRole> chosenRoles() {
        Set<LedgerRole> chosen = EnumSet.noneOf(LedgerRole.class);
        for (String role : roles == null ? List.<String>of() : roles) {
            for (LedgerRole known : LedgerRole.values()) {
                if (known.name().equals(role)) {
                    chosen.add(known);
                }
            }
        }
        return new ArrayList<>(chosen);
    }

    /** A blank trainee id is none. */
    String traineeIdOrNull() {
        return traineeId == null || traineeId.isBlank() ? null : traineeId;
    }

    /** The trainee id as the accounts take it, once {@link #problemWithRolesOrTraineeId()} found none; null when blank. */
    TraineeId trainee() {
        return traineeIdOrNull() == null ? null : new TraineeId(traineeIdOrNull());
    }
}
