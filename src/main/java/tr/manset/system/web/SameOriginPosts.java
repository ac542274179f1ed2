package tr.manset.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site request forgery protection for reader forms that carry no token. Reader pages are
 * the same bytes for everyone (so a CDN can keep them), which rules out a per-reader token in the
 * page; instead a state change is refused when the browser says it comes from another site: the
 * Origin header, or else Sec-Fetch-Site or the Referer. Requests with none of these (not sent by a
 * browser) cannot carry a reader's credentials and pass.
 */
class SameOriginPosts extends OncePerRequestFilter {

    private final String siteOrigin;
    private final Set<String> anyOrigin;

    /** @param anyOrigin paths that take posts from anywhere (their own secret protects them) */
    SameOriginPosts(String baseUrl, String... anyOrigin) {
        this.siteOrigin = origin(baseUrl);
        this.anyOrigin = Set.of(anyOrigin);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isSafe(request.getMethod()) || anyOrigin.contains(request.getRequestURI()) || sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(
            "Bu istek başka bir siteden gönderildiği için reddedildi.".getBytes(StandardCharsets.UTF_8));
    }

    private boolean sameOrigin(HttpServletRequest request) {
        String own = request.getScheme() + "://" + request.getServerName() + port(request);
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return origin.equalsIgnoreCase(own) || origin.equalsIgnoreCase(siteOrigin);
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            String from = origin(referer);
            return from.equalsIgnoreCase(own) || from.equalsIgnoreCase(siteOrigin);
        }
        return true;
    }

    private static boolean isSafe(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE");
    }

    private static String port(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean usual = (port == 80 && request.getScheme().equals("http")) || (port == 443 && request.getScheme().equals("https"));
        return usual ? "" : ":" + port;
    }

    static String origin(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException notAUrl) {
            return "";
        }
    }
}
