package org.cartledger.web.timing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Says how long the server took for each page, sign-in and rendering included, in the standard
 * {@code Server-Timing} header: the browser shows it beside the network time (developer tools, and the
 * Navigation Timing API the browser tests read), so a slow page is seen as the server's or the network's.
 * Pages are small, so the page is held until it is rendered and the header can still be set; the API,
 * the actuator and static files are left as they are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ServerTiming extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/assets/")
                || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        } finally {
            if (!held.isCommitted()) {
                held.setHeader("Server-Timing", header(System.nanoTime() - start));
            }
            held.copyBodyToResponse();
        }
    }

    static String header(long nanos) {
        return String.format(Locale.ROOT, "page;dur=%.1f;desc=\"server\"", nanos / 1_000_000.0);
    }
}
