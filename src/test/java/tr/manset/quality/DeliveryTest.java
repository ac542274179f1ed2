package tr.manset.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Browser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;

/** How pages and their assets travel: compressed, and cached as long as their address allows. */
@SiteTest
class DeliveryTest {

    @Autowired Browser http;
    @Autowired SiteFixtures fixtures;

    @Test
    void compressesPagesStylesheetsScriptsAndFeeds() {
        Article story = fixtures.story("Sıkıştırma deneme haberi").publish();
        for (int i = 1; i <= 5; i++) {
            // Responses under 2 KB are sent as they are: a few stories make the feed longer than that.
            fixtures.story("Sıkıştırılacak akış haberi " + i).publish();
        }
        Document home = http.page("/");
        String stylesheet = home.select("link[rel=stylesheet]").attr("href");
        String script = home.select("script[src]").attr("src");
        Map<String, String> expected = Map.of(
            "/", "<!DOCTYPE html>", story.path("gundem"), "Sıkıştırma deneme haberi", stylesheet, ".wordmark",
            script, "use strict", "/rss.xml", "<rss");
        expected.forEach((path, content) -> {
            HttpResponse<byte[]> response = gzipped(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(response.headers().allValues("Vary").toString()).as(path).containsIgnoringCase("Accept-Encoding");
            assertThat(gunzip(response.body())).as(path).contains(content);
        });
    }

    @Test
    void aCompressedPageIsRevalidatedWithItsETag() {
        Article story = fixtures.story("Sıkıştırılmış koşullu istek haberi").publish();
        String etag = gzipped(story.path("gundem")).headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = gzipped(story.path("gundem"), "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void keepsContentHashedAssetsForAYear() {
        Document home = http.page("/");
        String stylesheet = home.select("link[rel=stylesheet]").attr("href");
        String script = home.select("script[src]").attr("src");
        for (String path : new String[] {stylesheet, script}) {
            assertThat(path).matches("/assets/site-[0-9a-f]{32}\\.(css|js)");
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).as(path)
                .contains("max-age=31536000").contains("public").contains("immutable");
        }
    }

    @Test
    void keepsAssetsWithoutAHashForAWeekOnly() {
        for (String path : new String[] {"/assets/favicon.svg", "/assets/site.css"}) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).as(path)
                .contains("max-age=604800").doesNotContain("immutable");
        }
    }

    private HttpResponse<byte[]> gzipped(String path, String... headers) {
        String[] all = Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Accept-Encoding";
        all[headers.length + 1] = "gzip";
        return http.get(path, HttpResponse.BodyHandlers.ofByteArray(), all);
    }

    private static String gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
