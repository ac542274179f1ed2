package tr.manset;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.TestComponent;
import tr.manset.staff.Role;
import tr.manset.staff.StaffAccounts;
import tr.manset.staff.StaffMember;

/** Staff members for tests, and a browser-like session for each: cookies, CSRF tokens, form posts. */
@TestComponent
public class Newsroom {

    public static final String PASSWORD = "deneme-parolasi-1";
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private final StaffAccounts accounts;
    private final Browser browser;

    Newsroom(StaffAccounts accounts, Browser browser) {
        this.accounts = accounts;
        this.browser = browser;
    }

    public StaffMember member(Role role, Long... categoryIds) {
        int n = PEOPLE.incrementAndGet();
        return accounts.create("kisi" + n + "-" + role.name().toLowerCase() + "@manset.test", role.label() + " " + n, role,
            PASSWORD, Set.of(categoryIds));
    }

    public Session signIn(StaffMember member) {
        Session session = new Session();
        HttpResponse<String> response = session.post("/yonetim/giris", Map.of("eposta", member.email(), "parola", PASSWORD),
            "/yonetim/giris");
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/yonetim")) {
            throw new AssertionError("sign-in of " + member.email() + " failed: " + response.statusCode() + " "
                + response.headers().firstValue("Location").orElse(""));
        }
        return session;
    }

    public Session anonymous() {
        return new Session();
    }

    /** One person's browser: keeps cookies, reads the CSRF token of the page a form is on. */
    public class Session {

        private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

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

        /** Posts a form as the page {@code formPage} would, with its CSRF token. */
        public HttpResponse<String> post(String path, Map<String, ?> fields, String formPage) {
            Document page = Jsoup.parse(get(formPage).body());
            String token = page.select("input[name=_csrf]").attr("value");
            List<Map.Entry<String, ?>> all = new ArrayList<>(fields.entrySet());
            all.add(Map.entry("_csrf", token));
            return postRaw(path, all);
        }

        /** Posts a multipart form with one file, the CSRF token in the address as the upload form does. */
        public HttpResponse<String> upload(String path, String fileField, byte[] file, Map<String, String> fields, String formPage) {
            String token = Jsoup.parse(get(formPage).body()).select("input[name=_csrf]").attr("value");
            String boundary = "----manset" + System.nanoTime();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"gorsel.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(URI.create(browser.base() + path + "?_csrf=" + encode(token)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        }

        /** Posts exactly these fields: no CSRF token unless given. */
        public HttpResponse<String> postRaw(String path, List<Map.Entry<String, ?>> fields) {
            String body = fields.stream()
                .flatMap(e -> e.getValue() instanceof List<?> list
                    ? list.stream().map(v -> encode(e.getKey()) + "=" + encode(String.valueOf(v)))
                    : java.util.stream.Stream.of(encode(e.getKey()) + "=" + encode(String.valueOf(e.getValue()))))
                .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(browser.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
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

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
