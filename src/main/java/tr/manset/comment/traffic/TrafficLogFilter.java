package tr.manset.comment.traffic;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Appends one row to the {@link TrafficLog} for every POST under /yorum/ (comment, reply, like,
 * report), whatever becomes of it: refused by Spring Security (a missing CSRF token), answered
 * 4xx by a controller, or failed with an exception. It lets the request through untouched and
 * writes afterwards, with the status and the outcome the controller left in
 * {@link TrafficLog#RESULT_ATTRIBUTE}. A failure to write is logged, never passed to the reader.
 *
 * <p>The source address and port are the request's own ({@code getRemoteAddr}, {@code getRemotePort});
 * behind a reverse proxy, {@code server.forward-headers-strategy=framework} makes Spring take them
 * from the proxy's {@code Forwarded: for="ip:port"} header before this filter runs.
 */
@Component
@Order(TrafficLogFilter.ORDER)
class TrafficLogFilter extends OncePerRequestFilter {

    /**
     * After the character-encoding and forwarded-header filters (highest precedence), before
     * Spring Security's chain (-100), so requests it refuses are logged too.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    private static final Logger log = LoggerFactory.getLogger(TrafficLogFilter.class);

    private final TrafficLog traffic;
    private final Clock clock;

    TrafficLogFilter(TrafficLog traffic, Clock clock) {
        this.traffic = traffic;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !path(request).startsWith("/yorum/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant at = clock.instant();
        TrafficAction action = TrafficAction.of(path(request), formField(request, "ust"), formField(request, "yon"));
        Throwable failure = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            append(request, response, at, action, failure);
        }
    }

    private void append(HttpServletRequest request, HttpServletResponse response, Instant at, TrafficAction action,
                        Throwable failure) {
        String url = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        // An exception that escapes the chain becomes a 500 unless the answer had already begun.
        int status = failure == null || response.isCommitted() ? response.getStatus() : 500;
        String result = request.getAttribute(TrafficLog.RESULT_ATTRIBUTE) instanceof String text ? text : "";
        if (failure != null && result.isBlank()) {
            result = "hata: " + NestedExceptionUtils.getMostSpecificCause(failure).getClass().getSimpleName();
        }
        String ip = request.getRemoteAddr();
        int port = request.getRemotePort();
        try {
            traffic.append(at, ip, port, url, action, status, result);
        } catch (RuntimeException e) {
            // The reader's request has been answered; keep the row in the application log instead.
            log.warn("Could not write the comment traffic log row (at={}, ip={}, port={}, url={}, action={}, status={}, result={}): {}",
                at, ip, port, url, action.code(), status, result, e.toString());
        }
    }

    /** The decoded path within the application, as the controllers are matched against it. */
    private static String path(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.isEmpty() ? request.getRequestURI().substring(request.getContextPath().length()) : path;
    }

    /**
     * A field of a form-encoded body (or the query string), "" when absent. Other bodies (JSON,
     * multipart) are never read here: the controller must find them untouched.
     */
    private static String formField(HttpServletRequest request, String name) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return "";
        }
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
