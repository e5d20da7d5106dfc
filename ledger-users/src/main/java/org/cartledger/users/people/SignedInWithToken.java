package org.cartledger.users.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.security.LedgerPrincipal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who has signed in to this ledger with a token from the hospital's identity provider, and with which
 * roles (table {@code signed_in_with_token}). Where people sign in with tokens the ledger keeps no users,
 * so this is all it can know of anyone but the person signed in: a mentor, an approver or a colleague on
 * whose behalf an entry is made must have signed in once, holding that role. A role the provider takes
 * away later is not noticed here.
 */
@Component
public class SignedInWithToken {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** What this process has already written: one insert per person and role, not one per request. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    public SignedInWithToken(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void remember(LedgerPrincipal principal) {
        for (LedgerRole role : principal.roles()) {
            if (written.add(principal.id() + "\n" + role)) {
                jdbc.update("INSERT INTO signed_in_with_token (user_id, role, first_seen_at) VALUES (?, ?, ?) "
                                + "ON CONFLICT (user_id, role) DO NOTHING",
                        principal.id(), role.name(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            }
        }
    }

    Set<LedgerRole> rolesOf(String userId) {
        Set<LedgerRole> roles = EnumSet.noneOf(LedgerRole.class);
        jdbc.queryForList("SELECT role FROM signed_in_with_token WHERE user_id = ?", String.class, userId)
                .forEach(role -> roles.add(LedgerRole.valueOf(role)));
        return roles;
    }
}
