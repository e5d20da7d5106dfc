package org.cartledger.web.signin;

import jakarta.servlet.DispatcherType;
import org.cartledger.http.security.ConditionalOnPasswordSignIn;
import org.cartledger.http.security.LedgerSecurityAutoConfiguration;
import org.cartledger.http.security.SignInEvents;
import org.cartledger.http.security.SignInThrottle;
import org.cartledger.http.security.SignInThrottleProperties;
import org.cartledger.http.security.VerifiedCredentialCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in for people: the pages get a chain of their own, with a session cookie, CSRF protection and
 * a sign-in page, and match only the pages' paths, so that /api/** and /actuator/** stay with the API's
 * chain (HTTP Basic or bearer tokens, stateless, no CSRF) exactly as before. The password is checked by
 * the same throttled sign-in as HTTP Basic, so wrong guesses count against one lockout whichever door
 * they come through. Only where the ledger keeps its users (the embedded default); where it takes the
 * hospital's tokens, people sign in to the pages through that provider instead ({@link ProviderPageSecurity}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnPasswordSignIn
public class PageSecurity {

    /** Every path the web app serves; nothing under /api or /actuator. */
    public static final String[] PAGES = {"/", "/sign-in", "/sign-out", "/trainees/**", "/committee", "/committee/**",
            "/account/**", "/admin/**", "/verify", "/ledger/**", "/enrollments/**", "/assets/**", "/webjars/**",
            "/favicon.ico"};
    static final String SIGN_IN = "/sign-in";

    /** Before the API's chain, which matches every request and so has to come last. */
    @Bean
    @Order(1)
    public SecurityFilterChain pageFilterChain(HttpSecurity http, UserDetailsService users, ObjectProvider<PasswordEncoder> passwordEncoder,
                                            SignInThrottle throttle, SignInEvents signInEvents,
                                            SignInThrottleProperties throttling, VerifiedCredentialCache verifiedCredentials) throws Exception {
        http
                .securityMatcher(PAGES)
                .authenticationManager(LedgerSecurityAutoConfiguration.passwordSignIn(users, passwordEncoder, throttle, signInEvents,
                        verifiedCredentials))
                .formLogin(form -> form
                        .loginPage(SIGN_IN)
                        .usernameParameter("userId")
                        .authenticationDetailsSource(LedgerSecurityAutoConfiguration.clientAddresses(throttling))
                        .failureHandler(new SignInFailure())
                        .defaultSuccessUrl("/"))
                .logout(signOut -> signOut.logoutSuccessUrl(SIGN_IN + "?signed-out"));
        return signedInPages(http).build();
    }

    /**
     * What the pages' chain is whichever way people sign in (here, or through the provider: {@link ProviderPageSecurity}):
     * who reaches what without signing in, the sign-out address and cookie, and a session that timed out.
     */
    static HttpSecurity signedInPages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(SIGN_IN, "/assets/**", "/webjars/**", "/favicon.ico").permitAll()
                        // the bundle verifier runs in the browser and shows nothing of the ledger: auditors need no account
                        .requestMatchers("/verify").permitAll()
                        // who may see which trainee, and sign off, is decided per page (PageAccess)
                        .anyRequest().authenticated())
                .logout(signOut -> signOut.logoutUrl("/sign-out").deleteCookies("JSESSIONID"))
                // a session that timed out: back to the sign-in page, saying why
                .sessionManagement(sessions -> sessions.invalidSessionUrl(SIGN_IN + "?expired"));
    }

    @Bean
    public PageSignIn pageSignIn() {
        return PageSignIn.withPasswords();
    }
}
