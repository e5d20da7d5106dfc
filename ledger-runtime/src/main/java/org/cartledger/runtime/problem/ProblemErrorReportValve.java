package org.cartledger.runtime.problem;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat refuses some requests before they reach the application (an encoded slash or NUL in the
 * path, a malformed request line) and would answer with an HTML page. This answers them as every
 * other refusal is answered: {@code application/problem+json}, with no server details.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

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
                writer.write("{\"type\":\"urn:cartledger:rule:request-refused\",\"title\":\"Request refused\",\"status\":"
                        + status + ",\"rule\":\"request-refused\",\"detail\":\"The server refused this request before "
                        + "reading it (for example an encoded slash or control character in the path).\"}");
            }
        } catch (IOException | IllegalStateException e) {
            // the response is already gone; nothing more can be said to the client
        }
    }
}
