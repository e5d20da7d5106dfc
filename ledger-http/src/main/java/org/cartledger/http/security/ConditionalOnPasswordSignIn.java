package org.cartledger.http.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Present only when people sign in with a user name and password kept by the ledger itself (the
 * embedded default): no {@code ledger.security.jwt.*} issuer, JWK set or public key is configured.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(SignInModeCondition.PasswordSignIn.class)
public @interface ConditionalOnPasswordSignIn {
}
