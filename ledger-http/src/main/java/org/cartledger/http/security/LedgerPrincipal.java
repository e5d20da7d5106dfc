package org.cartledger.http.security;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cartledger.api.ids.TraineeId;
import org.cartledger.api.recording.LedgerRole;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in person as the access rules see them, whichever way they signed in. Serializable because a
 * page session keeps it (inside {@link LedgerOidcUser}).
 *
 * @param id        who they are: the user name (password sign-in) or the token's subject (JWT)
 * @param roles     the ledger roles they hold
 * @param traineeId the trainee they are, if they are one; null otherwise
 */
public record LedgerPrincipal(String id, Set<LedgerRole> roles, String traineeId) implements Serializable {

    private static final String ROLE_PREFIX = "ROLE_";

    public LedgerPrincipal {
        // in the enum's order, so that messages and views list them alike every time
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /**
     * Whether this person is that trainee. Their own trainee id stays the plain string the users table or the
     * token holds (a token's claim is not held to the id rule), so the typed id is compared by its value here, once.
     */
    public boolean isTrainee(TraineeId trainee) {
        return traineeId != null && traineeId.equals(trainee.value());
    }

    /** The principal behind an authentication, or empty for none or an anonymous one. */
    public static Optional<LedgerPrincipal> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof LedgerPrincipal ledgerPrincipal) {
            return Optional.of(ledgerPrincipal);
        }
        if (principal instanceof LedgerUserDetails user) {
            return Optional.of(user.principal());
        }
        if (principal instanceof LedgerOidcUser user) {
            return Optional.of(user.person());
        }
        return Optional.empty();
    }

    /** A role name as an identity provider or the users table spells it: FACULTY, faculty, ROLE_FACULTY. */
    static Optional<LedgerRole> role(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        String bare = upper.startsWith(ROLE_PREFIX) ? upper.substring(ROLE_PREFIX.length()) : upper;
        return Arrays.stream(LedgerRole.values()).filter(role -> role.name().equals(bare)).findFirst();
    }

    List<GrantedAuthority> authorities() {
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(ROLE_PREFIX + role.name())).toList();
    }

    static Set<LedgerRole> roles(Collection<String> names) {
        Set<LedgerRole> roles = EnumSet.noneOf(LedgerRole.class);
        names.forEach(name -> role(name).ifPresent(roles::add));
        return roles;
    }
}
