package tr.manset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;

/** A plain HTTP client for page tests: real requests to the running server, redirects not followed. */
@TestComponent
public class Browser {

    private final HttpClient http = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    private final Environment environment;

    Browser(Environment environment) {
        this.environment = environment;
    }

    public String base() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    public HttpResponse<String> get(String path, String... headers) {
        return get(path, HttpResponse.BodyHandlers.ofString(), headers);
    }

    /** GET with the body read by the given handler, e.g. as bytes for a compressed answer. */
    public <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET().timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status line's code for a request sent byte for byte, for addresses a URI class would refuse. */
    public int rawStatus(String rawPath) {
        int port = Integer.parseInt(environment.getProperty("local.server.port"));
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (IOException e) {
            throw new IllegalStateException("raw GET " + rawPath + " failed", e);
        }
    }

    /** GET a page and parse it; the answer must be 200. */
    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), base() + path);
    }
}
