package tr.manset;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One reader's browser over real HTTP: keeps cookies, sends forms as a browser on this site does
 * (with an Origin header), reads the form token of signed-in pages, and follows links from mails.
 */
public final class ReaderBrowser {

    public static final String COOKIE = "manset_okur";
    public static final String TOKEN_FIELD = "belirtec";

    private final Browser browser;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public ReaderBrowser(Browser browser) {
        this.browser = browser;
        this.http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    }

    /** Signs up, opens the link from the mail and confirms: a browser signed in to a new account. */
    public static ReaderBrowser signedUp(Browser browser, Mailbox mailbox, String email, String name, String password) {
        ReaderBrowser reader = new ReaderBrowser(browser);
        HttpResponse<String> posted = reader.post("/kayit", form("eposta", email, "ad", name, "parola", password));
        if (posted.statusCode() != 303) {
            throw new AssertionError("sign-up of " + email + " answered " + posted.statusCode() + ": " + posted.body());
        }
        String link = pathOf(linkIn(mailbox.to(email).getLast(), "/e-posta-dogrula"));
        HttpResponse<String> confirmed = reader.post("/e-posta-dogrula", form("t", tokenOf(link)));
        if (confirmed.statusCode() != 303) {
            throw new AssertionError("confirming " + email + " answered " + confirmed.statusCode() + ": " + confirmed.body());
        }
        return reader;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(browser.base() + path)).GET());
    }

    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), browser.base() + path);
    }

    /** Posts a form as a page of this site does: the browser adds Origin (unless the headers give another). */
    public HttpResponse<String> post(String path, Map<String, ?> fields, String... headers) {
        List<String> all = new ArrayList<>(List.of("Content-Type", "application/x-www-form-urlencoded"));
        all.addAll(List.of(headers));
        if (!all.contains("Origin")) {
            all.addAll(List.of("Origin", browser.base()));
        }
        return send(HttpRequest.newBuilder(URI.create(browser.base() + path))
            .headers(all.toArray(String[]::new))
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /** Posts a signed-in form with the token the page {@code formPage} carries. */
    public HttpResponse<String> postSignedIn(String path, Map<String, ?> fields, String formPage) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put(TOKEN_FIELD, formToken(formPage));
        return post(path, all);
    }

    public String formToken(String formPage) {
        return page(formPage).select("input[name=" + TOKEN_FIELD + "]").attr("value");
    }

    /** The reader session cookie this browser holds. */
    public Optional<String> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(COOKIE))
            .map(HttpCookie::getValue).filter(v -> !v.isEmpty()).findFirst();
    }

    public void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    /** Puts a cookie in this browser, e.g. another browser's session. */
    public void setSessionCookie(String value) {
        HttpCookie cookie = new HttpCookie(COOKIE, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(browser.base()), cookie);
    }

    public static Map<String, Object> form(Object... pairs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    /** The first link in a mail's text part that goes to this path. */
    public static String linkIn(MimeMessage mail, String path) {
        Matcher matcher = Pattern.compile("https?://\\S+" + Pattern.quote(path) + "\\S*").matcher(Mailbox.text(mail));
        if (!matcher.find()) {
            throw new AssertionError("no link to " + path + " in: " + Mailbox.text(mail));
        }
        return matcher.group();
    }

    /** "http://host:8080/e-posta-dogrula?t=x" → "/e-posta-dogrula?t=x": the test server has its own port. */
    public static String pathOf(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public static String tokenOf(String link) {
        return link.replaceAll(".*[?&]t=([^&#]+).*", "$1");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, ?> fields) {
        return fields.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    }
}
