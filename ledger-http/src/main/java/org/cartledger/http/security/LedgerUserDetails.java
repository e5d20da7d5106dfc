package org.cartledger.http.security;

import java.util.Collection;
import java.util.Objects;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user of the password sign-in as Spring Security checks them: the principal, and the password
 * hash to check against (forgotten once the check is done).
 */
public final class LedgerUserDetails implements UserDetails, CredentialsContainer {

    private final LedgerPrincipal principal;
    private String passwordHash;

    public LedgerUserDetails(LedgerPrincipal principal, String passwordHash) {
        this.principal = Objects.requireNonNull(principal);
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    public LedgerPrincipal principal() {
        return principal;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return principal.authorities();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return principal.id();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "LedgerUserDetails[" + principal + "]";
    }
}
