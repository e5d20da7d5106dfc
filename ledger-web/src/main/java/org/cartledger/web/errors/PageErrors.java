package org.cartledger.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.cartledger.http.problem.UnexpectedErrorAdvice;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that fails answers as a page, in the person's language, not with the API's problem+json: the same
 * status, the same log line and incident id as the API's answer (ledger-http decides them, so an operator finds
 * a page's incident where they find the API's), and a Retry-After for a dependency that is down. Only for the
 * web app's own handlers; sign-in failures are left to Spring Security, which sends the person to sign in.
 * Runs after Spring Boot's error attributes (which record the failure) and before the API's advices.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

    private static final String WEB = "org.cartledger.web.";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith(WEB)
                || failure instanceof AuthenticationException || failure instanceof AccessDeniedException) {
            return null;
        }
        ResponseEntity<ProblemDetail> answer = UnexpectedErrorAdvice.answer(failure, request);
        String retryAfter = answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        int status = answer.getStatusCode().value();
        ModelAndView page = new ModelAndView("web/error");
        page.setStatus(HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        Map<String, Object> properties = answer.getBody() == null || answer.getBody().getProperties() == null ? Map.of()
                : answer.getBody().getProperties();
        page.addObject("incident", properties.get("incidentId"));
        page.addObject("unavailable", status == 503);
        return page;
    }
}
