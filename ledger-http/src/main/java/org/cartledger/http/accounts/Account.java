package org.cartledger.http.accounts;

import java.time.Instant;
import java.util.List;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerRole;

/**
 * A person who may sign in, as administrators and auditors see them: never the password hash.
 *
 * @param traineeId the trainee this person is, if they are one
 * @param roles     each role held, with who granted it and when
 */
public record Account(String id, TraineeId traineeId, List<RoleGrant> roles, String createdBy, Instant createdAt,
                      String passwordChangedBy, Instant passwordChangedAt) {

    public Account {
        roles = List.copyOf(roles);
    }

    public boolean holds(LedgerRole role) {
        return roles.stream().anyMatch(grant -> grant.role() == role);
    }

    public record RoleGrant(LedgerRole role, String grantedBy, Instant grantedAt) {
    }
}
