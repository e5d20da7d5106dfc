package org.cartledger.http.security;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Applies the {@link AccessRules} to each request, and leaves the acting principal on a granted
 * request for whoever records an entry from it.
 */
final class LedgerAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    private final AccessRules rules;

    LedgerAuthorizationManager(AccessRules rules) {
        this.rules = rules;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        AccessDecision decision = rules.decide(context.getRequest(), LedgerPrincipal.of(authentication.get()));
        if (decision.isGranted() && decision.acting() != null) {
            decision.acting().attachTo(context.getRequest());
        }
        return decision;
    }
}
