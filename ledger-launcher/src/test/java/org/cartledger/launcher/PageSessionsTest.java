package org.cartledger.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pages' sessions beside the API, over plain HTTP: a page session opens the pages and nothing of the
 * API; the API keeps HTTP Basic, stateless and without a cookie; a form without its CSRF token is refused
 * and records nothing.
 */
@ExtendWith(LedgerOnItsOwnDatabase.class)
class PageSessionsTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final String FACULTY = "fac-wang";

    private static RunningLedger ledger;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void enroll() {
        assertThat(ledger.post("/api/trainees", Requests.enrollFellow("F-PAGE-1")).status()).isEqualTo(201);
        ledger.awaitProjections();
    }

    @Test
    void aPageIsForSignedInPeopleOnlyAndSendsTheRestToTheSignInPage() {
        HttpResponse<String> start = send(get("/"));
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        assertThat(send(get("/sign-in")).statusCode()).isEqualTo(200);
    }

    @Test
    void thePageSessionOpensThePagesButNotTheApi() {
        String session = signIn(FACULTY, RunningLedger.passwordOf(FACULTY));

        assertThat(send(get("/trainees/F-PAGE-1").header("Cookie", "JSESSIONID=" + session)).statusCode()).isEqualTo(200);
        HttpResponse<String> api = send(get("/api/trainees/F-PAGE-1/dashboard").header("Cookie", "JSESSIONID=" + session));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/problem+json");
    }

    @Test
    void theApiStaysStatelessWithHttpBasic() {
        RunningLedger.Response me = ledger.as(FACULTY, "FACULTY").get("/api/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.header("Set-Cookie")).as("no session for the API").isNull();
        assertThat(ledger.anonymous().get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aSignOffWithoutTheFormsCsrfTokenIsRefusedAndRecordsNothing() {
        String session = signIn(FACULTY, RunningLedger.passwordOf(FACULTY));
        String form = "key=web-123e4567-e89b-42d3-a456-426614174000&seen=0&notes=";

        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/trainees/F-PAGE-1/skills/TUMOR_STAGING"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));

        // refused before any controller: 403, or (Spring Security's handling of a CSRF failure with a session
        // policy) a redirect to the sign-in page; never the trainee's page with the sign-off
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(forged.headers().firstValue("Location").orElse("")).doesNotContain("signed-off");
        ledger.awaitProjections();
        assertThat(ledger.get("/api/trainees/F-PAGE-1/transcript").body()).doesNotContain("SkillSignedOff");
    }

    /** Signs in on the sign-in page as a browser would; the session id it ends with. */
    private String signIn(String userId, String password) {
        HttpResponse<String> page = send(get("/sign-in"));
        String before = cookie(page);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("a CSRF token in the sign-in form").isTrue();
        String form = "userId=" + encode(userId) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Cookie", "JSESSIONID=" + before)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String after = cookie(signedIn);
        assertThat(after).as("a new session id on signing in (no session fixation)").isNotEqualTo(before);
        assertThat(signedIn.headers().allValues("Set-Cookie").toString()).contains("HttpOnly").contains("SameSite=Lax");
        return after;
    }

    private static String cookie(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher session = SESSION.matcher(header);
            if (session.find()) {
                return session.group(1);
            }
        }
        throw new AssertionError("No session cookie in " + response.headers());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private static URI uri(String path) {
        return URI.create(ledger.baseUrl() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
