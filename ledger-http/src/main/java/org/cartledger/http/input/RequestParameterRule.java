package org.cartledger.http.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.cartledger.api.ids.IdRule;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Holds what a URL carries to the rules a body is held to, before any controller reads it: every
 * path variable ({traineeId}, {entryId}, {userId}, {readModel}) names something by id and follows
 * the {@link IdRule}, but for {address}, which may also be an IPv6 literal; every query parameter passes the {@link TextRule}, and one named
 * like an id ({@code entryId}) follows the pattern too. A request that fails is answered 400 naming
 * the parameter, so a trainee id with a bidirectional override is "not an id", never "not found".
 *
 * <p>A form posted to one of the web app's pages is the page's own to check: its fields arrive as
 * parameters too, but an optional id left empty or notes over several lines are what a person types, and
 * the page answers each with a message next to the field, in the page's language. Path variables are
 * held to the rule everywhere.
 */
public class RequestParameterRule implements HandlerInterceptor {

    private static final Pattern ID = Pattern.compile(IdRule.PATTERN);
    /**
     * The one path variable that is not an id: {@code {address}}, a client's IP address, which in IPv6 holds ':'
     * (the id pattern has none). Only the characters of an IP literal; whether it is one is the controller's to say.
     */
    private static final String ADDRESS_VARIABLE = "address";
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{1,64}");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            for (Map.Entry<?, ?> variable : variables.entrySet()) {
                String name = String.valueOf(variable.getKey());
                String value = String.valueOf(variable.getValue());
                if (!(ADDRESS_VARIABLE.equals(name) && ADDRESS.matcher(value).matches())) {
                    checkId(name, value);
                }
            }
        }
        if (isFormPostedToAPage(request)) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            String nameProblem = TextRule.violation(name, false);
            if (nameProblem != null) {
                throw new RefusedParameterException("parameter", "a parameter name " + nameProblem);
            }
            for (String value : parameter.getValue()) {
                if (name.endsWith("Id")) {
                    checkId(name, value);
                } else {
                    String problem = TextRule.violation(value, false);
                    if (problem != null) {
                        throw new RefusedParameterException(name, problem);
                    }
                }
            }
        }
        return true;
    }

    private static boolean isFormPostedToAPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) && !path.startsWith("/api/") && !path.startsWith("/actuator/");
    }

    private static void checkId(String name, String value) {
        if (!ID.matcher(value).matches()) {
            String problem = TextRule.violation(value, false);
            throw new RefusedParameterException(name, problem != null ? problem : IdRule.DESCRIPTION);
        }
    }

    /** A path variable or query parameter the ledger cannot take; answered 400 naming it. */
    public static class RefusedParameterException extends RuntimeException {

        private final String parameter;
        private final String reason;

        RefusedParameterException(String parameter, String reason) {
            super(parameter + " " + reason, null, false, false);
            this.parameter = parameter;
            this.reason = reason;
        }

        public String parameter() {
            return parameter;
        }

        public String reason() {
            return reason;
        }
    }
}
