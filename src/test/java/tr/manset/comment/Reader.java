package tr.manset.comment;

import java.io.IOException;
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
import java.util.stream.Collectors;
import tr.manset.Browser;

/** A reader's browser for comment forms: no cookies, no tokens, as the cached article page has none. */
final class Reader {

    private final HttpClient http = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    private final Browser browser;

    Reader(Browser browser) {
        this.browser = browser;
    }

    /** Posts the comment form as a browser without JavaScript does. */
    HttpResponse<String> comment(long articleId, String name, String email, String text) {
        return post("/yorum/yaz/" + articleId, form("ad", name, "eposta", email, "metin", text), false);
    }

    HttpResponse<String> reply(long articleId, long parentId, String name, String email, String text) {
        return post("/yorum/yaz/" + articleId, form("ad", name, "eposta", email, "metin", text, "ust", parentId), false);
    }

    HttpResponse<String> commentJson(long articleId, String name, String email, String text) {
        return post("/yorum/yaz/" + articleId, form("ad", name, "eposta", email, "metin", text), true);
    }

    HttpResponse<String> vote(long commentId, String direction) {
        return post("/yorum/" + commentId + "/oy", form("yon", direction), true);
    }

    HttpResponse<String> report(long commentId, String reason, String note) {
        return post("/yorum/" + commentId + "/sikayet", form("neden", reason, "aciklama", note), false);
    }

    HttpResponse<String> post(String path, Map<String, Object> fields, boolean json, String... headers) {
        String body = fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(String.valueOf(e.getValue())))
            .collect(Collectors.joining("&"));
        List<String> all = new ArrayList<>(List.of("Content-Type", "application/x-www-form-urlencoded"));
        if (json) {
            all.addAll(List.of("Accept", "application/json"));
        }
        all.addAll(List.of(headers));
        HttpRequest request = HttpRequest.newBuilder(URI.create(browser.base() + path))
            .headers(all.toArray(String[]::new))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(20))
            .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> form(Object... pairs) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((String) pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
