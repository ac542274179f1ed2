package tr.manset.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Item;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tr.manset.Browser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Block;
import tr.manset.media.Image;

/** Feeds with MANSET_FEEDS_FULL_CONTENT on: each entry carries the whole story. */
@SiteTest
@TestPropertySource(properties = "manset.feeds.full-content=true")
class FullContentFeedTest {

    @Autowired SiteFixtures fixtures;
    @Autowired Browser browser;

    @Test
    void entriesCarryTheWholeBodyWithAbsoluteAddresses() {
        Feeds feeds = new Feeds(browser);
        Image photo = fixtures.image(1000, 500);
        fixtures.story("Tam metinli akış haberi").in(fixtures.category("Tam Metin"))
            .body(new Block.Paragraph("İlk paragraf <b>kalın</b> ve <a href=\"https://example.org/kaynak\">bağlantılı</a>."),
                new Block.Heading("Ara başlık"),
                new Block.Figure(photo.id(), "Gövdedeki görsel", "Fotoğraf: Arşiv", "Gövde görselinin tarifi"),
                new Block.Embed("https://www.youtube.com/watch?v=abc123"),
                new Block.Quote("Alıntılanan söz", "Bir kaynak"))
            .publish();

        Item item = feeds.rss("/tam-metin/rss.xml").getItems().getFirst();
        assertThat(item.getDescription().getValue()).isEqualTo(
            "Haberin özeti burada yer alıyor ve okura ne olduğunu iki cümlede anlatıyor.");
        String html = item.getContent().getValue();
        Document body = Jsoup.parseBodyFragment(html);

        assertThat(body.select("p").first().html()).isEqualTo(
            "İlk paragraf <b>kalın</b> ve <a href=\"https://example.org/kaynak\" rel=\"noopener\">bağlantılı</a>.");
        assertThat(body.select("h2").text()).isEqualTo("Ara başlık");
        assertThat(body.select("figure img").attr("src")).isEqualTo(Feeds.BASE + photo.url(800));
        assertThat(body.select("figure img").attr("width")).isEqualTo("800");
        assertThat(body.select("figure img").attr("height")).isEqualTo("400");
        assertThat(body.select("figure img").attr("alt")).isEqualTo("Gövde görselinin tarifi");
        assertThat(body.select("figcaption").text()).isEqualTo("Gövdedeki görsel (Fotoğraf: Arşiv)");
        assertThat(feeds.bytes(body.select("figure img").attr("src")).statusCode()).isEqualTo(200);
        assertThat(body.select("a[href=https://www.youtube.com/watch?v=abc123]").text())
            .isEqualTo("YouTube içeriği: https://www.youtube.com/watch?v=abc123");
        assertThat(body.select("blockquote").text()).isEqualTo("Alıntılanan söz Bir kaynak");
        assertThat(body.select("script, iframe, [data-image-id], [data-embed], [data-paragraph]")).isEmpty();

        Entry entry = feeds.atom("/tam-metin/atom.xml").getEntries().getFirst();
        assertThat(entry.getContents()).hasSize(1);
        assertThat(entry.getContents().getFirst().getType()).isEqualTo("html");
        assertThat(entry.getContents().getFirst().getValue()).isEqualTo(html);
        assertThat(entry.getSummary().getValue()).isEqualTo(item.getDescription().getValue());
    }
}
