package org.cartledger.http.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.cartledger.api.recording.LedgerRole;
import org.cartledger.http.problem.Problems;
import org.cartledger.http.security.SecurityProblems.SignInMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.StringUtils;

/**
 * Sign-in and the role matrix for every process that serves the ledger's HTTP API: the launcher,
 * and the command and query sides on their own. Who may call what is {@link AccessRules}; how
 * people sign in is configuration: the ledger's own users with HTTP Basic when a process keeps users
 * (the launcher's embedded default), or JWTs from the hospital's identity provider once
 * {@code ledger.security.jwt.*} names it. Either way, no request reaches a controller unless it is
 * signed in and its role may make it.
 */
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class, OAuth2ResourceServerWebSecurityAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties({JwtSignInProperties.class, SignInThrottleProperties.class, VerifiedCredentialCacheProperties.class})
@Import(WhoAmIController.class)
public class LedgerSecurityAutoConfiguration {

    /** What every process serves through ledger-http: who one is, and the actuator. */
    public static final AccessRuleSet ACCESS = AccessRuleSet.of("ledger-http",
            // one's own sign-in
            AccessRule.get("/api/me").to(AccessRule.SIGNED_IN),
            // probes see only up or down; everything else the actuator offers is for operations
            AccessRule.get("/actuator/health/**").toAnyone(),
            AccessRule.anyMethod("/actuator/**").to(LedgerRole.ADMIN));

    private static final Logger log = LoggerFactory.getLogger(LedgerSecurityAutoConfiguration.class);
    private static final Set<SignatureAlgorithm> SIGNATURE_ALGORITHMS = Set.of(
            SignatureAlgorithm.RS256, SignatureAlgorithm.RS384, SignatureAlgorithm.RS512,
            SignatureAlgorithm.PS256, SignatureAlgorithm.ES256, SignatureAlgorithm.ES384);

    @Bean
    @ConditionalOnMissingBean
    public AccessRules accessRules(List<AccessRuleSet> modules) {
        return new AccessRules(modules);
    }

    /** What ledger-http itself serves: who one is, and the actuator. */
    @Bean
    public AccessRuleSet signInAndOperationsAccess() {
        return ACCESS;
    }

    @Bean
    public SecurityFilterChain ledgerSecurity(HttpSecurity http, AccessRules rules, JwtSignInProperties jwt,
                                              ObjectProvider<JwtDecoder> jwtDecoder,
                                              ObjectProvider<UserDetailsService> users,
                                              ObjectProvider<PasswordEncoder> passwordEncoder,
                                              ObjectProvider<SignInThrottle> throttle, ObjectProvider<SignInEvents> signInEvents,
                                              ObjectProvider<VerifiedCredentialCache> verifiedCredentials,
                                              SignInThrottleProperties throttling) throws Exception {
        SignInMode mode = jwt.configured() ? SignInMode.JWT
                : users.getIfAvailable() != null ? SignInMode.PASSWORD : SignInMode.NONE;
        SecurityProblems problems = new SecurityProblems(mode);
        http
                // credentials come with every request and no cookie is ever set, so there is no session
                // to ride on: nothing for a cross-site request to forge
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests
                        // an error page rendered for a request that was already let in
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().access(new LedgerAuthorizationManager(rules)));
        switch (mode) {
            case PASSWORD -> {
                http.authenticationManager(basicSignIn(users.getObject(), passwordEncoder, throttle.getObject(), signInEvents.getObject(),
                        verifiedCredentials.getObject()));
                http.httpBasic(basic -> basic.realmName(SecurityProblems.REALM).authenticationEntryPoint(problems)
                        .authenticationDetailsSource(clientAddresses(throttling)));
            }
            case JWT -> http.oauth2ResourceServer(tokens -> tokens
                    .jwt(token -> token.decoder(jwtDecoder.getObject()).jwtAuthenticationConverter(new JwtPrincipals(jwt)))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .withObjectPostProcessor(answeringServiceFailures(problems)));
            case NONE -> log.warn("No sign-in is configured, so every request is refused: set ledger.security.jwt.issuer-uri "
                    + "to the hospital's identity provider (or run the ledger-launcher launcher, which keeps its own users).");
        }
        log.info("Sign-in: {}", mode);
        return http.build();
    }

    /**
     * Password sign-in against the ledger's users with bcrypt every time, throttled, its failures and lockouts
     * recorded: what the web app's sign-in page checks, against the same throttle as HTTP Basic (a lockout either
     * way also makes HTTP Basic forget the id's remembered password).
     */
    public static AuthenticationManager passwordSignIn(UserDetailsService users, ObjectProvider<PasswordEncoder> passwordEncoder,
                                                       SignInThrottle throttle, SignInEvents signInEvents,
                                                       VerifiedCredentialCache verifiedCredentials) {
        return new ProviderManager(new ThrottledSignIn(bcrypt(users, passwordEncoder), throttle, signInEvents, verifiedCredentials));
    }

    /**
     * HTTP Basic's sign-in: the page's, except that a password bcrypt accepted within the last
     * {@code ledger.security.basic-cache.ttl} is not checked again while the account stays as it was.
     */
    static AuthenticationManager basicSignIn(UserDetailsService users, ObjectProvider<PasswordEncoder> passwordEncoder,
                                             SignInThrottle throttle, SignInEvents signInEvents,
                                             VerifiedCredentialCache verifiedCredentials) {
        CachedPasswordCheck passwords = new CachedPasswordCheck(bcrypt(users, passwordEncoder), users, verifiedCredentials);
        return new ProviderManager(new ThrottledSignIn(passwords, throttle, signInEvents, verifiedCredentials));
    }

    private static DaoAuthenticationProvider bcrypt(UserDetailsService users, ObjectProvider<PasswordEncoder> passwordEncoder) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder.getIfAvailable(PasswordEncoderFactories::createDelegatingPasswordEncoder));
        return passwords;
    }

    /** Where a sign-in comes from, as the throttle counts it (behind a trusted proxy, the address it forwards for). */
    public static AuthenticationDetailsSource<HttpServletRequest, ?> clientAddresses(SignInThrottleProperties throttling) {
        return ClientAddress.source(throttling.trustedProxies());
    }

    /** The counters of sign-in throttling (password sign-in only: an identity provider throttles its own). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnPasswordSignIn
    public SignInThrottle signInThrottle(SignInThrottleProperties throttling, Clock clock) {
        return new SignInThrottle(throttling, clock);
    }

    /** The passwords HTTP Basic has checked lately (password sign-in only: a bearer token is cheap to check already). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnPasswordSignIn
    public VerifiedCredentialCache verifiedCredentialCache(VerifiedCredentialCacheProperties settings, Clock clock) {
        return new VerifiedCredentialCache(settings, clock);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnPasswordSignIn
    public SignInEvents signInEvents(ObjectProvider<SignInEventStore> store) {
        return new SignInEvents(store);
    }

    /**
     * The bearer token filter rethrows an {@link org.springframework.security.authentication.AuthenticationServiceException}
     * (the identity provider's key set could not be fetched) by default, which left the request to the
     * servlet container as a 500. It is answered by the entry point instead: 503 {@code sign-in-unavailable}.
     */
    private static ObjectPostProcessor<BearerTokenAuthenticationFilter> answeringServiceFailures(SecurityProblems problems) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                AuthenticationEntryPointFailureHandler failures = new AuthenticationEntryPointFailureHandler(problems);
                failures.setRethrowAuthenticationServiceException(false);
                filter.setAuthenticationFailureHandler(failures);
                return filter;
            }
        };
    }

    /**
     * A request Spring Security's firewall turns away before any rule is applied (an encoded '/', '%'
     * or ';' in the path, a control character in a header) gets a problem like every other refusal.
     */
    @Bean
    @ConditionalOnMissingBean
    public RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> SecurityProblems.write(request, response, Problems.of(400, "request-rejected",
                "The request was rejected", rejected.getMessage() + ". The ledger never accepts such a request; "
                        + "send the path and headers as plain text, with only letters, digits and . _ - in an id."));
    }

    /** Verifies tokens from the identity provider named by {@code ledger.security.jwt.*}. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(SignInModeCondition.JwtSignIn.class)
    public JwtDecoder ledgerJwtDecoder(JwtSignInProperties jwt, ResourceLoader resources) {
        OAuth2TokenValidator<Jwt> validator = validator(jwt);
        if (StringUtils.hasText(jwt.publicKeyLocation())) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(resources, jwt.publicKeyLocation()))
                    .signatureAlgorithm(SignatureAlgorithm.RS256).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        if (StringUtils.hasText(jwt.jwkSetUri())) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).jwsAlgorithms(algorithms()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        // the provider is asked for its keys on the first token, so the ledger starts while it is unreachable
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(jwt.issuerUri()).jwsAlgorithms(algorithms()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    private static Consumer<Set<SignatureAlgorithm>> algorithms() {
        return algorithms -> algorithms.addAll(SIGNATURE_ALGORITHMS);
    }

    private static OAuth2TokenValidator<Jwt> validator(JwtSignInProperties jwt) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        if (StringUtils.hasText(jwt.issuerUri())) {
            validators.add(new JwtIssuerValidator(jwt.issuerUri()));
        }
        if (!jwt.audiences().isEmpty()) {
            validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                    audience -> audience != null && audience.stream().anyMatch(jwt.audiences()::contains)));
        }
        return validators.isEmpty() ? JwtValidators.createDefault() : JwtValidators.createDefaultWithValidators(validators);
    }

    private static RSAPublicKey publicKey(ResourceLoader resources, String location) {
        try (InputStream pem = resources.getResource(location).getInputStream()) {
            return RsaKeyConverters.x509().convert(pem);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the identity provider's public key from " + location, e);
        }
    }
}
