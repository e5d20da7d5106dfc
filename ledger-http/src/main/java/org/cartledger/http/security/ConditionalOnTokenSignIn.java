package org.cartledger.http.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Present only when people sign in through the hospital's identity provider (production): a
 * {@code ledger.security.jwt.*} issuer, JWK set or public key is configured. The opposite of
 * {@link ConditionalOnPasswordSignIn}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(SignInModeCondition.JwtSignIn.class)
public @interface ConditionalOnTokenSignIn {
}
