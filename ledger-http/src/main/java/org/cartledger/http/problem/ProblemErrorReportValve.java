package org.cartledger.http.problem;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat refuses some requests before they reach the application (an encoded slash or NUL in the
 * path, a malformed request line) and would answer with an HTML page. This answers them as every
 * other refusal is answered: {@code application/problem+json}, with no server details. It also has
 * the last word on a failure nothing else answered (a 5xx), and says so in words that fit.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    /** Words that fit the status: a refusal is the client's to fix, a 5xx is the server's. */
    static String body(int status) {
        String rule;
        String title;
        String detail;
        if (status == 503) {
            rule = "unavailable";
            title = "The ledger is unavailable";
            detail = "The ledger is starting or shutting down and takes no requests just now. Try again in a moment.";
        } else if (status >= 500) {
            rule = "internal-error";
            title = "Something went wrong in the ledger";
            detail = "The request could not be completed because of a fault in the server, not in the request. "
                    + "Try again; if it persists, report it with the time it happened.";
        } else {
            rule = "request-refused";
            title = "Request refused";
            detail = "The server refused this request before reading it (for example an encoded slash or control "
                    + "character in the path).";
        }
        return "{\"type\":\"" + Problems.RULE_TYPE_PREFIX + rule + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"rule\":\"" + rule + "\",\"detail\":\"" + detail + "\"}";
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body(status));
            }
        } catch (IOException | IllegalStateException e) {
            // the response is already gone; nothing more can be said to the client
        }
    }
}
