package org.cartledger.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.cartledger.http.security.SignInLockedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page, saying which of three things went wrong: the user id or password, a
 * lockout after too many wrong ones (and for how long), or the users table not answering. Nothing
 * more: a guess learns nothing about whether the user id exists.
 */
final class SignInFailure implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String why;
        if (failure instanceof SignInLockedException locked) {
            long minutes = Math.max(1, (locked.refusal().retryAfter().toSeconds() + 59) / 60);
            why = "locked=" + minutes;
        } else if (failure instanceof AuthenticationServiceException) {
            why = "unavailable";
        } else {
            why = "error";
        }
        response.sendRedirect(request.getContextPath() + PageSecurity.SIGN_IN + "?" + why);
    }
}
