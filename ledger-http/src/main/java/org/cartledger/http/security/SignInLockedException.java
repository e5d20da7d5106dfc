package org.cartledger.http.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused, before its password was checked, because the user id or the address is locked. */
final class SignInLockedException extends AuthenticationException {

    private final transient SignInThrottle.Refusal refusal;

    SignInLockedException(SignInThrottle.Refusal refusal) {
        super("Sign-in locked");
        this.refusal = refusal;
    }

    SignInThrottle.Refusal refusal() {
        return refusal;
    }
}
