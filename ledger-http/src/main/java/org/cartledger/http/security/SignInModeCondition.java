package org.cartledger.http.security;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** How people sign in, decided by configuration alone, so every part of a process agrees on it. */
abstract class SignInModeCondition extends SpringBootCondition {

    private static final String[] JWT_PROPERTIES = {
            "ledger.security.jwt.issuer-uri", "ledger.security.jwt.jwk-set-uri", "ledger.security.jwt.public-key-location"};

    static boolean jwtConfigured(Environment environment) {
        for (String property : JWT_PROPERTIES) {
            if (StringUtils.hasText(environment.getProperty(property))) {
                return true;
            }
        }
        return false;
    }

    static final class PasswordSignIn extends SignInModeCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return jwtConfigured(context.getEnvironment())
                    ? ConditionOutcome.noMatch("JWT sign-in is configured (ledger.security.jwt.*)")
                    : ConditionOutcome.match("no JWT sign-in configured: the ledger's own users sign in");
        }
    }

    static final class JwtSignIn extends SignInModeCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return jwtConfigured(context.getEnvironment())
                    ? ConditionOutcome.match("JWT sign-in is configured (ledger.security.jwt.*)")
                    : ConditionOutcome.noMatch("no JWT sign-in configured");
        }
    }
}
