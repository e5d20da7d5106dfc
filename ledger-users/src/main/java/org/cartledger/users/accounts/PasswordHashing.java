package org.cartledger.users.accounts;

import java.util.Map;
import org.cartledger.http.security.ConditionalOnPasswordSignIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@ConditionalOnPasswordSignIn
class PasswordHashing {

    /**
     * bcrypt, stored with its {@code {bcrypt}} prefix so that a stronger scheme can be added later
     * without invalidating the passwords already set. Its cost ({@code ledger.security.password-hash-strength},
     * 2^strength rounds, 10 by default: about 70 ms of CPU per check on a small server) is paid at every page
     * sign-in and by HTTP Basic once per client every few minutes, the requests in between let in by a password
     * it remembers ({@code VerifiedCredentialCache}); tests lower it, production sign-in uses tokens instead.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${ledger.security.password-hash-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }
}
