package tr.manset.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Browser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.system.time.TurkishTime;

@SiteTest
class SitemapTest {

    private static final String BASE = "http://localhost:8080";

    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;

    @Test
    void indexListsEveryMonthWithStoriesAndTheOtherSitemaps() throws Exception {
        Instant published = Instant.now().minus(Duration.ofDays(40)).truncatedTo(ChronoUnit.SECONDS);
        Instant updated = published.plus(Duration.ofHours(5));
        fixtures.story("Dizin için eski haber").in(fixtures.category("Dünya")).publishedAt(published).updatedAt(updated).publish();
        String month = YearMonth.from(published.atZone(TurkishTime.ISTANBUL)).toString();

        Document index = sitemap("/sitemap.xml", "siteindex.xsd");

        assertThat(index.select("sitemap > loc").eachText()).contains(
            BASE + "/sitemap-haberler-" + month + ".xml", BASE + "/sitemap-kategoriler.xml", BASE + "/sitemap-yazarlar.xml",
            BASE + "/sitemap-etiketler.xml", BASE + "/sitemap-sayfalar.xml", BASE + "/sitemap-news.xml");
        Element monthEntry = index.select("sitemap:has(loc:containsOwn(sitemap-haberler-" + month + ".xml))").first();
        assertThat(monthEntry).isNotNull();
        assertThat(monthEntry.select("lastmod").text()).endsWith("+03:00");
        assertThat(OffsetDateTime.parse(monthEntry.select("lastmod").text()).toInstant())
            .isAfterOrEqualTo(updated);
    }

    @Test
    void monthlySitemapsListOnlyPublishedStoriesWithTheirLastModification() throws Exception {
        Instant published = Instant.now().minus(Duration.ofDays(70)).truncatedTo(ChronoUnit.SECONDS);
        Instant updated = published.plus(Duration.ofHours(2));
        Article plain = fixtures.story("Hiç güncellenmeyen haber").in(fixtures.category("Ekonomi")).publishedAt(published).publish();
        Article changed = fixtures.story("Güncellenen haber").in(fixtures.category("Ekonomi"))
            .publishedAt(published.plusSeconds(60)).updatedAt(updated).publish();
        Article draft = fixtures.story("Yayımlanmamış taslak").in(fixtures.category("Ekonomi")).saveAsDraft();
        String month = YearMonth.from(published.atZone(TurkishTime.ISTANBUL)).toString();

        Document stories = sitemap("/sitemap-haberler-" + month + ".xml", "sitemap.xsd");

        assertThat(lastmod(stories, BASE + plain.path("ekonomi"))).isEqualTo(TurkishTime.iso(published)).endsWith("+03:00");
        assertThat(lastmod(stories, BASE + changed.path("ekonomi"))).isEqualTo(TurkishTime.iso(updated));
        assertThat(stories.select("url > loc").eachText()).doesNotContain(BASE + draft.path("ekonomi"));
        assertThat(browser.get("/sitemap-haberler-1990-01.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void listsCategoriesAuthorsAndTags() throws Exception {
        fixtures.story("Etiketli haber").in(fixtures.category("Spor")).by(fixtures.author("Ayşe Yılmaz", "Muhabir"))
            .tagged("Süper Lig").publish();

        assertThat(sitemap("/sitemap-kategoriler.xml", "sitemap.xsd").select("url > loc").eachText()).contains(BASE + "/spor");
        assertThat(sitemap("/sitemap-yazarlar.xml", "sitemap.xsd").select("url > loc").eachText()).contains(BASE + "/yazar/ayse-yilmaz");
        assertThat(sitemap("/sitemap-etiketler.xml", "sitemap.xsd").select("url > loc").eachText()).contains(BASE + "/etiket/super-lig");
    }

    @Test
    void listsTheImprintContactAndPolicyPagesAndEachAnswers() throws Exception {
        List<String> pages = sitemap("/sitemap-sayfalar.xml", "sitemap.xsd").select("url > loc").eachText();

        assertThat(pages).containsExactlyInAnyOrder(BASE + "/kunye", BASE + "/iletisim", BASE + "/yayin-ilkeleri",
            BASE + "/kvkk-aydinlatma-metni", BASE + "/cerez-politikasi", BASE + "/yorum-kurallari");
        for (String page : pages) {
            assertThat(browser.get(page.substring(BASE.length())).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    void newsSitemapHoldsOnlyTheLastTwoDays() throws Exception {
        Instant recent = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Article fresh = fixtures.story("Taze haber: Ali & Veli <canlı>").in(fixtures.category("Gündem")).publishedAt(recent).publish();
        Article old = fixtures.story("Üç günlük haber").in(fixtures.category("Gündem"))
            .publishedAt(Instant.now().minus(Duration.ofDays(3))).publish();
        Article draft = fixtures.story("Haber sitemap taslağı").in(fixtures.category("Gündem")).saveAsDraft();

        HttpResponse<String> response = browser.get("/sitemap-news.xml");
        assertThat(response.body()).contains("Taze haber: Ali &amp; Veli &lt;canlı");
        Document news = sitemap("/sitemap-news.xml", "sitemap.xsd", "sitemap-news.xsd");

        assertThat(news.select("url > loc").eachText()).contains(BASE + fresh.path("gundem"))
            .doesNotContain(BASE + old.path("gundem"), BASE + draft.path("gundem"));
        Element entry = news.select("url:has(loc:containsOwn(" + fresh.path("gundem") + "))").first();
        assertThat(entry.select("news|publication > news|name").text()).isEqualTo("Manşet");
        assertThat(entry.select("news|publication > news|language").text()).isEqualTo("tr");
        assertThat(entry.select("news|publication_date").text()).isEqualTo(TurkishTime.iso(recent)).endsWith("+03:00");
        assertThat(entry.select("news|title").text()).isEqualTo("Taze haber: Ali & Veli <canlı>");
    }

    @Test
    void robotsKeepCrawlersOutOfTheNewsroomAndNameTheSitemaps() {
        HttpResponse<String> response = browser.get("/robots.txt");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(response.body().lines().toList()).contains("User-agent: *", "Allow: /", "Disallow: /yonetim", "Disallow: /api/",
            "Sitemap: " + BASE + "/sitemap.xml", "Sitemap: " + BASE + "/sitemap-news.xml");
    }

    /** GETs a sitemap, checks its headers, validates it against the schemas and parses it. */
    private Document sitemap(String path, String... schemas) throws Exception {
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("application/xml;charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "max-age=60");
        Source[] sources = new Source[schemas.length];
        for (int i = 0; i < schemas.length; i++) {
            sources[i] = new StreamSource(getClass().getResource("/sitemap/" + schemas[i]).toExternalForm());
        }
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(sources);
        schema.newValidator().validate(new StreamSource(new StringReader(response.body())));
        return Jsoup.parse(response.body(), "", Parser.xmlParser());
    }

    private static String lastmod(Document urlset, String loc) {
        Element url = urlset.select("url").stream().filter(u -> u.select("loc").text().equals(loc)).findFirst()
            .orElseThrow(() -> new AssertionError(loc + " not in the sitemap"));
        return url.select("lastmod").text();
    }
}
