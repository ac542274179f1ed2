package tr.manset.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Browser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;

@SiteTest
class FeedTest {

    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;

    @Test
    void listsTheNewestStoriesAsRss() {
        Article story = fixtures.story("Akşam & sabah: \"RSS\" <deneme> haberi").in(fixtures.category("Kültür-Sanat")).publish();

        HttpResponse<String> response = browser.get("/rss.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/rss+xml");
        Document rss = Jsoup.parse(response.body(), "", Parser.xmlParser());
        assertThat(rss.select("rss").attr("version")).isEqualTo("2.0");
        assertThat(rss.select("channel > language").text()).isEqualTo("tr");
        assertThat(rss.select("item > title").eachText()).contains("Akşam & sabah: \"RSS\" <deneme> haberi");
        assertThat(rss.select("item > link").eachText()).contains("http://localhost:8080" + story.path("kultur-sanat"));
    }

    @Test
    void offersAFeedPerCategory() {
        Article inside = fixtures.story("Kategori akışındaki haber").in(fixtures.category("Teknoloji")).publish();
        Article outside = fixtures.story("Başka kategorideki haber").in(fixtures.category("Spor")).publish();

        Document rss = Jsoup.parse(browser.get("/teknoloji/rss.xml").body(), "", Parser.xmlParser());

        assertThat(rss.select("item > link").eachText())
            .contains("http://localhost:8080" + inside.path("teknoloji"))
            .doesNotContain("http://localhost:8080" + outside.path("spor"));
        assertThat(browser.get("/olmayan/rss.xml").statusCode()).isEqualTo(404);
    }
}
