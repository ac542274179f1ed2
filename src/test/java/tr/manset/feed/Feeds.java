package tr.manset.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import tr.manset.Browser;

/** Reads the site's feeds as a feed reader does: over HTTP, parsed by ROME. */
class Feeds {

    /** The public address feeds write (manset.base-url); tests reach the same paths on the random port. */
    static final String BASE = "http://localhost:8080";

    private final Browser browser;
    private final HttpClient http = HttpClient.newHttpClient();

    Feeds(Browser browser) {
        this.browser = browser;
    }

    Channel rss(String path) {
        return (Channel) parse(path, "application/rss+xml", "rss_2.0");
    }

    Feed atom(String path) {
        return (Feed) parse(path, "application/atom+xml", "atom_1.0");
    }

    /** The feed as XML, for what ROME reads away: the exact text of dates, for one. */
    Document xml(String path) {
        return Jsoup.parse(fetch(path).body(), "", Parser.xmlParser());
    }

    /** The bytes behind an absolute address that a feed names. */
    HttpResponse<byte[]> bytes(String url) {
        assertThat(url).startsWith(BASE);
        try {
            return http.send(HttpRequest.newBuilder(URI.create(browser.base() + url.substring(BASE.length()))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private WireFeed parse(String path, String mediaType, String feedType) {
        HttpResponse<String> response = fetch(path);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith(mediaType);
        try {
            WireFeed feed = new WireFeedInput().build(new StringReader(response.body()));
            assertThat(feed.getFeedType()).as(path).isEqualTo(feedType);
            return feed;
        } catch (FeedException e) {
            throw new AssertionError(path + " is not a valid feed: " + e.getMessage(), e);
        }
    }

    private HttpResponse<String> fetch(String path) {
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }
}
