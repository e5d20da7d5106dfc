package org.cartledger.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.cartledger.web.signin.SignInController;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/** A page that fails answers as a page with a status and a body, never the API's problem+json nor an empty 5xx. */
class PageErrorsTest {

    private final PageErrors errors = new PageErrors();
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/trainees/F-1");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aFaultIsA500PageWithAnIncidentId() {
        ModelAndView page = errors.resolveException(request, response, pageHandler(), new IllegalStateException("boom"));

        assertThat(page.getViewName()).isEqualTo("web/error");
        assertThat(page.getStatus().value()).isEqualTo(500);
        assertThat(page.getModel().get("incident")).asString().matches("[0-9a-f-]{36}");
    }

    @Test
    void aDatabaseThatIsDownIsA503PageSayingToTryAgain() {
        ModelAndView page = errors.resolveException(request, response, pageHandler(),
                new RuntimeException(new SQLTransientConnectionException("connection refused")));

        assertThat(page.getStatus().value()).isEqualTo(503);
        assertThat(page.getModel()).containsEntry("unavailable", true);
        assertThat(response.getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void theApisHandlersAndSignInAreLeftToTheirOwnAnswers() throws NoSuchMethodException {
        HandlerMethod api = new HandlerMethod(new StringBuilder(), StringBuilder.class.getMethod("toString"));
        assertThat(errors.resolveException(request, response, api, new IllegalStateException("boom"))).isNull();
        assertThat(errors.resolveException(request, response, pageHandler(), new AuthenticationCredentialsNotFoundException("who?"))).isNull();
    }

    /** A handler of the web app's own: the sign-in page's. */
    private static HandlerMethod pageHandler() {
        for (var method : SignInController.class.getDeclaredMethods()) {
            if (method.getName().equals("signIn")) {
                return new HandlerMethod(new SignInController(), method);
            }
        }
        throw new IllegalStateException("SignInController has no signIn method");
    }
}
