package tr.manset.reader;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tr.manset.system.SiteProperties;
import tr.manset.system.storage.Timestamps;

/**
 * Signed-in readers, apart from staff (whose sessions live in the servlet session under
 * /yonetim). A reader's browser holds a random token in the cookie {@value #COOKIE}; the
 * database holds its hash with an expiry, so any node on the same database knows the reader and a
 * signed-out or expired token opens nothing. Only uncached pages and POSTs ever read the cookie.
 */
@Component
class ReaderSessions {

    static final String COOKIE = "manset_okur";
    private static final String CURRENT = ReaderSessions.class.getName() + ".current";

    /** A signed-in browser: the stored hash of its token, and whose it is. */
    record Session(String tokenHash, Reader reader) {}

    private final JdbcClient db;
    private final ReaderKeys keys;
    private final ReaderProperties properties;
    private final Clock clock;
    private final boolean secure;

    ReaderSessions(JdbcClient db, ReaderKeys keys, ReaderProperties properties, SiteProperties site, Clock clock) {
        this.db = db;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
        this.secure = site.baseUrl().startsWith("https:");
    }

    /** The reader this request's cookie signs in, read once per request. */
    @SuppressWarnings("unchecked")
    Optional<Session> current(HttpServletRequest request) {
        Object known = request.getAttribute(CURRENT);
        if (known != null) {
            return (Optional<Session>) known;
        }
        Optional<Session> session = token(request).flatMap(this::find);
        request.setAttribute(CURRENT, session);
        return session;
    }

    /** Whether the request carries a reader cookie at all, valid or not. */
    boolean hasCookie(HttpServletRequest request) {
        return cookie(request) != null;
    }

    /** Signs this browser in as the reader: a new token (any earlier one of this browser ends). */
    Session start(long readerId, HttpServletRequest request, HttpServletResponse response) {
        token(request).ifPresent(old -> delete(ReaderKeys.stored(old)));
        String token = ReaderKeys.newToken();
        Instant now = clock.instant();
        db.sql("INSERT INTO reader_sessions (token_hash, reader_id, created_at, expires_at) VALUES (:hash, :reader, :now, :expires)")
            .param("hash", ReaderKeys.stored(token))
            .param("reader", readerId)
            .param("now", Timestamps.param(now))
            .param("expires", Timestamps.param(now.plus(properties.sessionLifetime())))
            .update();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(token, properties.sessionLifetime()).toString());
        Session session = find(token).orElseThrow();
        request.setAttribute(CURRENT, Optional.of(session));
        return session;
    }

    /** Signs this browser out: the token stops working everywhere and the browser forgets it. */
    void end(HttpServletRequest request, HttpServletResponse response) {
        token(request).ifPresent(token -> delete(ReaderKeys.stored(token)));
        forget(request, response);
    }

    /** Tells the browser to drop the cookie, e.g. one whose session ended elsewhere. */
    void forget(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString());
        request.setAttribute(CURRENT, Optional.empty());
    }

    /** Ends the reader's sessions on every browser but the one kept (null ends them all). */
    int endOthers(long readerId, String keepTokenHash) {
        return db.sql("DELETE FROM reader_sessions WHERE reader_id = :reader AND token_hash <> :keep")
            .param("reader", readerId)
            .param("keep", keepTokenHash == null ? "" : keepTokenHash)
            .update();
    }

    /**
     * The token a signed-in form carries: derived from the session, so it is the same on every
     * node and a page of another site, which cannot read it, cannot send it.
     */
    String formToken(Session session) {
        return keys.hash("form", session.tokenHash());
    }

    boolean formTokenFits(Session session, String given) {
        return ReaderKeys.same(formToken(session), given);
    }

    int purge(Instant expiredBefore) {
        return db.sql("DELETE FROM reader_sessions WHERE expires_at < :before")
            .param("before", Timestamps.param(expiredBefore))
            .update();
    }

    private Optional<Session> find(String token) {
        String hash = ReaderKeys.stored(token);
        return db.sql("""
                SELECT r.id, r.email, r.display_name, r.notify_replies, r.created_at
                FROM reader_sessions s
                JOIN readers r ON r.id = s.reader_id
                WHERE s.token_hash = :hash AND s.expires_at > :now""")
            .param("hash", hash)
            .param("now", Timestamps.param(clock.instant()))
            .query((rs, row) -> new Session(hash, new Reader(rs.getLong("id"), rs.getString("email"),
                rs.getString("display_name"), rs.getBoolean("notify_replies"), Timestamps.read(rs, "created_at"))))
            .optional();
    }

    private void delete(String tokenHash) {
        db.sql("DELETE FROM reader_sessions WHERE token_hash = :hash").param("hash", tokenHash).update();
    }

    private static Optional<String> token(HttpServletRequest request) {
        Cookie cookie = cookie(request);
        return cookie != null && ReaderKeys.tokenShaped(cookie.getValue()) ? Optional.of(cookie.getValue()) : Optional.empty();
    }

    private static Cookie cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie;
            }
        }
        return null;
    }

    private ResponseCookie cookie(String value, Duration maxAge) {
        return ResponseCookie.from(COOKIE, value)
            .httpOnly(true)
            .secure(secure)
            .sameSite("Lax")
            .path("/")
            .maxAge(maxAge)
            .build();
    }
}
