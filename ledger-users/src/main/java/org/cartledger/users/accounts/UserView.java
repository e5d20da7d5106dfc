package org.cartledger.users.accounts;

import java.time.Instant;
import java.util.List;
import org.cartledger.api.recording.LedgerRole;

/**
 * A user as administrators and auditors see them: never the password hash.
 *
 * @param traineeId the trainee this person is, if they are one
 * @param roles     each role held, with who granted it and when
 */
public record UserView(String id, String traineeId, List<RoleGrant> roles, String createdBy, Instant createdAt,
                       String passwordChangedBy, Instant passwordChangedAt) {

    UserView sealed() {
        return new UserView(id, traineeId, List.copyOf(roles), createdBy, createdAt, passwordChangedBy, passwordChangedAt);
    }

    public record RoleGrant(LedgerRole role, String grantedBy, Instant grantedAt) {
    }
}
