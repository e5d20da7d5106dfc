package org.cartledger.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * What fails outside Spring MVC (in a servlet filter, or in Tomcat itself) is answered as a problem
 * too: by the error page when the exception reaches it, by the valve when nothing else can answer,
 * each in words that fit the status.
 */
class ProblemErrorPageTest {

    private final ProblemErrorController errorPage = new ProblemErrorController(new DefaultErrorAttributes());

    @Test
    void aFilterThatCannotReachTheDatabaseIsAnswered503DatabaseUnavailable() {
        ResponseEntity<ProblemDetail> answer = errorPage.error(failed(500, new IllegalStateException("wrapped",
                new SQLTransientConnectionException("ledger - Connection is not available, request timed out after 1500ms"))));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getProperties()).containsEntry("rule", "database-unavailable");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
    }

    @Test
    void anyOtherFailureInAFilterIs500InternalErrorWithAnIncidentIdAndNoInsides() {
        ResponseEntity<ProblemDetail> answer = errorPage.error(failed(500, new IllegalStateException("secret table ledger_user")));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getProperties()).containsEntry("rule", "internal-error").containsKey("incidentId");
        assertThat(answer.getBody().getDetail()).contains(answer.getBody().getProperties().get("incidentId").toString())
                .doesNotContain("secret", "IllegalStateException");
    }

    @Test
    void aStatusSentWithoutAnExceptionKeepsItsStatusAndSaysWhatItIs() {
        MockHttpServletRequest request = failed(404, null);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/nowhere");

        ResponseEntity<ProblemDetail> answer = errorPage.error(request);

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().getProperties()).containsEntry("rule", "no-such-path");
        assertThat(answer.getBody().getDetail()).contains("/api/nowhere");
    }

    @Test
    void theValveSaysRefusedOnlyForARefusalAndSpeaksOfAFaultForA500() {
        assertThat(ProblemErrorReportValve.body(400)).contains("\"rule\":\"request-refused\"", "refused this request before reading it");
        assertThat(ProblemErrorReportValve.body(500)).contains("\"rule\":\"internal-error\"", "\"status\":500")
                .doesNotContain("refused", "before reading");
        assertThat(ProblemErrorReportValve.body(503)).contains("\"rule\":\"unavailable\"").doesNotContain("refused");
    }

    private static MockHttpServletRequest failed(int status, Throwable failure) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/trainees/F-1/skills");
        if (failure != null) {
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, failure);
        }
        return request;
    }
}
