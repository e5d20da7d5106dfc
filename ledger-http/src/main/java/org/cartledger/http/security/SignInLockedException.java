package org.cartledger.http.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused, before its password was checked, because the user id or the address is locked. */
public final class SignInLockedException extends AuthenticationException {

    private final transient SignInThrottle.Refusal refusal;

    SignInLockedException(SignInThrottle.Refusal refusal) {
        super("Sign-in locked");
        this.refusal = refusal;
    }

    /** Which lockout refused it, and until when: what the web app's sign-in page tells the person. */
    public SignInThrottle.Refusal refusal() {
        return refusal;
    }
}
