package tr.manset.subscription;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tr.manset.Browser;

/** A reader's browser for subscription pages: no cookie jar, no tokens, redirects not followed. */
final class ReaderHttp {

    private final HttpClient http = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    private final Browser browser;

    ReaderHttp(Browser browser) {
        this.browser = browser;
    }

    HttpResponse<String> get(String path) {
        return browser.get(path);
    }

    /** Posts form fields given as name, value, name, value…; a value may repeat a name (checkboxes). */
    HttpResponse<String> post(String path, List<String> fields, String... headers) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.size(); i += 2) {
            pairs.add(encode(fields.get(i)) + "=" + encode(fields.get(i + 1)));
        }
        return send(path, "application/x-www-form-urlencoded", pairs.stream().collect(Collectors.joining("&")), headers);
    }

    HttpResponse<String> send(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.base() + path))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Subscribes as the form at /abone-ol does, with the consent box ticked. */
    HttpResponse<String> subscribe(String email, String... lists) {
        List<String> fields = new ArrayList<>(List.of("eposta", email, "onay", ConsentText.VERSION));
        for (String list : lists) {
            fields.add("liste");
            fields.add(list);
        }
        return post("/abone-ol", fields);
    }

    static Document parse(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
