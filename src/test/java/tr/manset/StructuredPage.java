package tr.manset;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A served page as search engines and link previews read it: its JSON-LD things parsed with Jackson,
 * its head meta tags, and the files their absolute addresses name, fetched from the test server.
 */
public final class StructuredPage {

    /** The base URL the tests run with (manset.base-url's default); pages put it in front of every address. */
    public static final String SITE = "http://localhost:8080";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Browser browser;
    private final Document html;
    private final List<JsonNode> things;

    private StructuredPage(Browser browser, Document html) {
        this.browser = browser;
        this.html = html;
        this.things = html.select("head script[type=application/ld+json]").stream()
            .map(script -> JSON.readTree(script.data()))
            .toList();
    }

    /** GET the page (it must answer 200) and read it. */
    public static StructuredPage of(Browser browser, String path) {
        return new StructuredPage(browser, browser.page(path));
    }

    public Document html() {
        return html;
    }

    public List<JsonNode> things() {
        return things;
    }

    /** The one top-level thing of this @type, with "@context": "https://schema.org". */
    public JsonNode thing(String type) {
        List<JsonNode> ofType = things.stream().filter(thing -> thing.path("@type").asString("").equals(type)).toList();
        assertThat(ofType).as("JSON-LD things of type %s in %s", type, things).hasSize(1);
        assertThat(ofType.getFirst().path("@context").asString("")).isEqualTo("https://schema.org");
        return ofType.getFirst();
    }

    /** The content of the head's meta tag with this property (og:…, article:…) or name (description, twitter:…). */
    public String meta(String key) {
        List<String> values = metas(key);
        assertThat(values).as("meta %s", key).hasSize(1);
        return values.getFirst();
    }

    public List<String> metas(String key) {
        return html.select("head meta").stream()
            .filter(meta -> meta.attr("property").equals(key) || meta.attr("name").equals(key))
            .map(meta -> meta.attr("content"))
            .toList();
    }

    public String canonical() {
        Element link = html.selectFirst("head link[rel=canonical]");
        assertThat(link).as("canonical link").isNotNull();
        return link.attr("href");
    }

    /** The path of an absolute address on this site: "http://localhost:8080/yazar/x" → "/yazar/x". */
    public static String path(String absolute) {
        assertThat(absolute).startsWith(SITE + "/");
        return absolute.substring(SITE.length());
    }

    /** GET an absolute address of this site from the test server, following nothing. */
    public HttpResponse<byte[]> fetch(String absolute) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(browser.base() + path(absolute)))
            .timeout(Duration.ofSeconds(20)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + absolute + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The picture at an absolute address: it must answer 200 with this content type and decode. */
    public BufferedImage image(String absolute, String contentType) {
        HttpResponse<byte[]> response = fetch(absolute);
        assertThat(response.statusCode()).as("GET %s", absolute).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as("type of %s", absolute).hasValue(contentType);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
            assertThat(image).as("decoded %s", absolute).isNotNull();
            return image;
        } catch (IOException e) {
            throw new AssertionError("cannot decode " + absolute, e);
        }
    }
}
