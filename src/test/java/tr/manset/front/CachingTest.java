package tr.manset.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Browser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;

@SiteTest
class CachingTest {

    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;

    @Test
    void letsCdnsKeepReaderPagesBriefly() {
        Article story = fixtures.story("Önbellek deneme haberi").publish();
        for (String path : new String[] {"/", "/gundem", story.path("gundem")}) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control").orElseThrow())
                .as(path).contains("max-age=60").contains("public");
            assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
            assertThat(response.headers().firstValue("Set-Cookie")).as("no cookie on " + path).isEmpty();
        }
    }

    @Test
    void answersConditionalRequestsWithNotModified() {
        Article story = fixtures.story("Koşullu istek deneme haberi").publish();
        HttpResponse<String> first = browser.get(story.path("gundem"));
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = browser.get(story.path("gundem"), "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void neverCachesErrorPages() {
        HttpResponse<String> response = browser.get("/yazar/kimse");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void cachesImagesForever() {
        Article story = fixtures.story("Görsel önbellek deneme haberi").publish();
        String src = browser.page(story.path("gundem")).select("figure.figure-lead img").attr("src");
        HttpResponse<String> image = browser.get(src);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/jpeg");
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000").contains("immutable");
    }
}
