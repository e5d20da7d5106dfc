package org.cartledger.http.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than any entry needs (64 KiB: the longest free text is 4,000
 * characters), before they are read into memory: by the declared length when there is one, and by
 * counting when the body is sent in chunks.
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    public static final int LIMIT_BYTES = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > LIMIT_BYTES) {
            response.setStatus(413);
            response.setContentType("application/problem+json");
            // written as bytes: through the writer the servlet container would add a wrong charset
            response.getOutputStream().write(("{\"type\":\"urn:cartledger:rule:request-too-large\",\"title\":\"Request too large\","
                    + "\"status\":413,\"rule\":\"request-too-large\",\"detail\":\"The body is " + request.getContentLengthLong()
                    + " bytes; the ledger accepts at most " + LIMIT_BYTES + ".\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(new LimitedRequest(request), response);
    }

    /** Thrown while reading a chunked body once it passes the limit; answered 413 by the problem advice. */
    public static class RequestTooLargeException extends IOException {
        RequestTooLargeException() {
            super("The body is larger than " + LIMIT_BYTES + " bytes.");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream());
            }
            return limited;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        LimitedInputStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > LIMIT_BYTES) {
                throw new RequestTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
