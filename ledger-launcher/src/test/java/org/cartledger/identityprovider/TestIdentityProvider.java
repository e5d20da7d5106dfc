package org.cartledger.identityprovider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hospital's OpenID Connect provider, as a test plays it (in a package of its own, outside the
 * launcher's, so that the ledger's component scan does not pick up its security configuration): a real one (Spring Security's authorization
 * server) in a small context of its own in the test JVM, on a random port at {@code localhost} (the ledger
 * is reached at {@code 127.0.0.1}, so the two keep their cookies apart in the browser). People sign in on
 * its own sign-in page; their ID and access tokens carry the ledger roles in {@link #ROLES_CLAIM}
 * and a trainee's id in {@link #TRAINEE_ID_CLAIM}. It registers the ledger's pages as a
 * confidential client that must use PKCE, and a client per role for calling the API with client
 * credentials, whose tokens name the client as subject.
 */
public final class TestIdentityProvider implements AutoCloseable {

    /** The claims the ledger is told to read (not its defaults, to show that the names are configuration). */
    public static final String ROLES_CLAIM = "ledger_roles";
    public static final String TRAINEE_ID_CLAIM = "trainee_id";
    static final String PAGES_CLIENT = "ledger-pages";
    /** The registration id the ledger is given: it is in the redirect URI and the sign-in link. */
    public static final String REGISTRATION = "hospital";
    public static final String NAME = "Zhejiang Hospital ID";

    /** Someone who can sign in at the provider: roles (none: no roles claim at all) and a trainee id, or null. */
    public record Person(String username, List<String> roles, String traineeId) {
    }

    private static final String SECRET = UUID.randomUUID().toString();

    private final ConfigurableApplicationContext context;
    private final String issuer;
    private final HttpClient http = HttpClient.newHttpClient();

    public TestIdentityProvider(List<Person> people, Map<String, List<String>> rolesOfToolClients) {
        Provider.people = Map.copyOf(people.stream().collect(java.util.stream.Collectors.toMap(Person::username, p -> p)));
        Provider.tools = Map.copyOf(rolesOfToolClients);
        context = new SpringApplicationBuilder(Provider.class).web(WebApplicationType.SERVLET)
                .properties("spring.main.banner-mode=off", "logging.level.org.springframework.security=INFO")
                .run();
        issuer = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String issuer() {
        return issuer;
    }

    /** Each client's secret is its own (the provider refuses two clients with one secret). */
    private static String secretOf(String clientId) {
        return "secret-" + clientId + "-" + SECRET;
    }

    public static String passwordOf(String username) {
        return "idp-" + username + "-" + SECRET;
    }

    /** What the ledger is started with to take this provider's tokens on the API and sign people in to its pages. */
    public Map<String, Object> ledgerProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("ledger.security.jwt.issuer-uri", issuer);
        properties.put("ledger.security.jwt.roles-claim", ROLES_CLAIM);
        String registration = "spring.security.oauth2.client.registration." + REGISTRATION + ".";
        properties.put(registration + "client-id", PAGES_CLIENT);
        properties.put(registration + "client-secret", secretOf(PAGES_CLIENT));
        properties.put(registration + "client-name", NAME);
        properties.put(registration + "scope", "openid");
        properties.put(registration + "provider", REGISTRATION);
        properties.put("spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri", issuer);
        return properties;
    }

    /** Registers the ledger's pages at their address, which is known only once the ledger has started. */
    public void registerPagesAt(String ledgerBaseUrl) {
        context.getBean(InMemoryRegisteredClientRepository.class).save(pagesClient(ledgerBaseUrl));
    }

    /** An access token for a tool client (client credentials), as a script calling the API would get one. */
    public String toolToken(String clientId) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secretOf(clientId)).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("No token for " + clientId + ": " + answer.statusCode() + " " + answer.body());
            }
            JsonNode token = JsonMapper.shared().readTree(answer.body());
            return token.get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static RegisteredClient pagesClient(String ledgerBaseUrl) {
        return RegisteredClient.withId(PAGES_CLIENT)
                .clientId(PAGES_CLIENT)
                .clientSecret("{noop}" + secretOf(PAGES_CLIENT))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(ledgerBaseUrl + "/login/oauth2/code/" + REGISTRATION)
                .postLogoutRedirectUri(ledgerBaseUrl + "/sign-in?signed-out")
                .scope(OidcScopes.OPENID)
                // the provider refuses an authorization request without a code challenge: the ledger must send one
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .build();
    }

    @Override
    public void close() {
        context.close();
    }

    /** The provider's context: only what it needs, none of the ledger's auto-configuration. */
    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Provider {

        static volatile Map<String, Person> people;
        static volatile Map<String, List<String>> tools;

        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory server = new TomcatServletWebServerFactory(0);
            // the provider's endpoints are filters; without a servlet behind them Tomcat answers 404 before any filter runs
            server.getSettings().setRegisterDefaultServlet(true);
            // its own cookie name, should a browser ever send the ledger's and the provider's to one host
            server.getSettings().getSession().getCookie().setName("PROVIDER_SESSION");
            return server;
        }

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    // a browser not signed in here is sent to the provider's own sign-in page
                    .exceptionHandling(refusals -> refusals.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .oauth2ResourceServer(tokens -> tokens.jwt(Customizer.withDefaults()));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(people.values().stream()
                    .map(person -> User.withUsername(person.username()).password("{noop}" + passwordOf(person.username())).roles("USER").build())
                    .toList());
        }

        @Bean
        InMemoryRegisteredClientRepository clients() {
            List<RegisteredClient> clients = new java.util.ArrayList<>();
            clients.add(pagesClient("http://127.0.0.1:1"));
            tools.keySet().forEach(tool -> clients.add(RegisteredClient.withId(tool).clientId(tool)
                    .clientSecret("{noop}" + secretOf(tool))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .build()));
            return new InMemoryRegisteredClientRepository(clients);
        }

        /** The ledger's claims in the ID token and the access token: roles (if the person has any) and trainee id. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> ledgerClaims() {
            return context -> {
                String name = context.getPrincipal().getName();
                Person person = people.get(name);
                if (person != null) {
                    if (!person.roles().isEmpty()) {
                        context.getClaims().claim(ROLES_CLAIM, person.roles());
                    }
                    if (person.traineeId() != null) {
                        context.getClaims().claim(TRAINEE_ID_CLAIM, person.traineeId());
                    }
                } else if (tools.containsKey(context.getRegisteredClient().getClientId())) {
                    context.getClaims().claim(ROLES_CLAIM, tools.get(context.getRegisteredClient().getClientId()));
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        /** No issuer set: it is the address the provider is reached at, http://localhost:{port}. */
        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
