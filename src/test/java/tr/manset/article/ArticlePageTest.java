package tr.manset.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Browser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.author.Author;
import tr.manset.category.Category;

@SiteTest
class ArticlePageTest {

    static final String HEADLINE = "Putin ve Bush'un telefon görüşmeleri ortaya çıktı! \"Emrinize amadeyim\"";
    static final String SPOT = "Vladimir Putin ve George Bush arasında 2000'li yılların başında gerçekleşen telefon görüşmeleri ortaya çıktı.";
    // 24.01.2026 16:07 and 17:58 in Istanbul (UTC+3).
    static final Instant PUBLISHED = Instant.parse("2026-01-24T13:07:00Z");
    static final Instant UPDATED = Instant.parse("2026-01-24T14:58:00Z");

    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;

    Category world;
    Author editor;
    static Article story;
    Document page;

    @BeforeEach
    void publishTheReferenceStory() {
        world = fixtures.category("Dünya");
        editor = fixtures.author("Meryem Üstün", "Editör");
        if (story == null) {
            story = fixtures.story(HEADLINE)
                .spot(SPOT)
                .in(world)
                .by(editor)
                .tagged("Rusya", "ABD")
                .source("Haber7")
                .publishedAt(PUBLISHED)
                .updatedAt(UPDATED)
                .body(
                    new Block.Paragraph("Londra merkezli yayın organı görüşmeleri <strong>yayınladı</strong>."),
                    new Block.Figure(fixtures.image(1600, 900).id(),
                        "12 Eylül 2001'de geçen telefon görüşmesine ait belge", "Kaynak: Majalla", "Bir görüşme belgesi"),
                    new Block.Heading("PUTİN'İN ABD'DEN TALEPLERİ"),
                    new Block.Bullets(false, List.of("Füze savunma sistemini durdurmak", "İstihbarat iş birliği geliştirmek")),
                    new Block.Quote("Tamamen yanındayım", "Vladimir Putin"),
                    new Block.Paragraph("Kapanış paragrafı <script>alert('x')</script><a href=\"javascript:alert(1)\">tıkla</a>."))
                .publish();
        }
        page = browser.page(story.path(world.slug()));
    }

    @Test
    void showsTheStoryElementsInReadingOrder() {
        String text = page.select("article.story").text();
        List<String> inOrder = List.of("DÜNYA", HEADLINE, SPOT, "GİRİŞ 24.01.2026 16:07", "GÜNCELLEME 24.01.2026 17:58",
            "Görselin açıklaması Fotoğraf: Manşet", "Londra merkezli", "12 Eylül 2001'de geçen telefon",
            "PUTİN'İN ABD'DEN TALEPLERİ",
            "Füze savunma sistemini durdurmak", "Tamamen yanındayım", "KAYNAK: Haber7", "Meryem Üstün - Editör",
            "Editör Hakkında");
        int from = 0;
        for (String expected : inOrder) {
            int at = text.indexOf(expected, from);
            assertThat(at).as("'%s' after position %d in: %s", expected, from, text).isGreaterThanOrEqualTo(from);
            from = at + expected.length();
        }
    }

    @Test
    void linksTheCategoryAndTheAuthor() {
        assertThat(page.select(".story-category").attr("href")).isEqualTo("/dunya");
        assertThat(page.select(".story-category").text()).isEqualTo("DÜNYA");
        assertThat(page.select("a.byline-author").attr("href")).isEqualTo("/yazar/meryem-ustun");
        assertThat(page.select(".author-box").text()).contains("Meryem Üstün on yıldır haber merkezimizde çalışıyor.");
        assertThat(page.select(".tags a").eachAttr("href")).containsExactly("/etiket/rusya", "/etiket/abd");
    }

    @Test
    void keepsTheHeadlineExactlyInTitleAndHeading() {
        assertThat(page.select("h1").text()).isEqualTo(HEADLINE);
        assertThat(page.title()).isEqualTo(HEADLINE + " - Manşet");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(SPOT);
        assertThat(page.select("link[rel=canonical]").attr("href"))
            .isEqualTo("http://localhost:8080/dunya/putin-ve-bushun-telefon-gorusmeleri-ortaya-cikti-emrinize-amadeyim-" + story.id());
    }

    @Test
    void rendersBodyStructureAsMarkup() {
        Element body = page.selectFirst(".story-body");
        assertThat(body.select("h2").text()).isEqualTo("PUTİN'İN ABD'DEN TALEPLERİ");
        assertThat(body.select("ul > li")).hasSize(2);
        assertThat(body.select("blockquote p").text()).isEqualTo("Tamamen yanındayım");
        assertThat(body.select("blockquote footer").text()).isEqualTo("Vladimir Putin");
        assertThat(body.select("p strong").text()).isEqualTo("yayınladı");
        assertThat(body.select("figure figcaption .credit").text()).isEqualTo("Kaynak: Majalla");
        assertThat(body.select("figure img").attr("alt")).isEqualTo("Bir görüşme belgesi");
    }

    @Test
    void neverLetsScriptsThroughTheBody() {
        Element body = page.selectFirst(".story-body");
        assertThat(body.select("script")).isEmpty();
        assertThat(body.html()).doesNotContain("javascript:").doesNotContain("alert(");
        assertThat(body.text()).contains("Kapanış paragrafı tıkla.");
    }

    @Test
    void showsTheHeroWithCaptionCreditAndSizes() {
        Element hero = page.selectFirst("article.story > figure.figure-lead");
        assertThat(hero).isNotNull();
        Element img = hero.selectFirst("img");
        assertThat(img.attr("width")).isEqualTo("1200");
        assertThat(img.attr("height")).isEqualTo("675");
        assertThat(img.attr("srcset")).contains("400w").contains("800w").contains("1200w");
        assertThat(img.attr("alt")).isEqualTo("Görselin kısa tarifi");
        assertThat(hero.select(".caption").text()).isEqualTo("Görselin açıklaması");
        assertThat(hero.select(".credit").text()).isEqualTo("Fotoğraf: Manşet");
        assertThat(browser.get(img.attr("src")).statusCode()).isEqualTo(200);
    }

    @Test
    void offersRelatedStoriesSubscriptionAndACommentsRegion() throws InterruptedException {
        // A story about the same things: the search index finds it alike once it has read it (within a second).
        Article sibling = fixtures.story("Putin ile ABD arasındaki görüşmelere dair yeni belgeler").in(world)
            .tagged("Rusya", "ABD")
            .body(new Block.Paragraph("Putin'in ABD ile görüşmeleri ve füze savunma sistemi üzerine yeni belgeler yayınlandı."))
            .publish();
        Document fresh = browser.page(story.path(world.slug()));
        for (int tries = 0; tries < 40 && !fresh.select(".related .teaser-headline a").eachAttr("href")
                .contains(sibling.path(world.slug())); tries++) {
            Thread.sleep(50);
            fresh = browser.page(story.path(world.slug()));
        }
        assertThat(fresh.select(".related h2").text()).isEqualTo("İLGİNİZİ ÇEKEBİLİR");
        assertThat(fresh.select(".related .teaser-headline a").eachAttr("href")).contains(sibling.path(world.slug()));
        assertThat(fresh.select(".related .teaser-headline a").eachAttr("href")).doesNotContain(story.path(world.slug()));
        assertThat(fresh.select("a.subscribe-button").eachText()).contains("ABONE OL");
        assertThat(fresh.selectFirst("a.subscribe-button").attr("href")).isEqualTo("/abone-ol");
        assertThat(fresh.select("section#yorumlar")).hasSize(1);
    }

    @Test
    void requestsNothingFromAnotherHost() {
        for (Element element : page.select("[src], link[href], script")) {
            String address = element.hasAttr("src") ? element.attr("src") : element.attr("href");
            if (element.is("link[rel=canonical], script[type=application/ld+json]")) {
                continue;
            }
            assertThat(address).as(element.outerHtml()).startsWith("/");
        }
        HttpResponse<String> response = browser.get(story.path(world.slug()));
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'");
    }

    @Nested
    class WhenNotUpdated {

        @Test
        void showsNoUpdateTime() {
            Article fresh = fixtures.story("Güncellenmemiş bir dünya haberi").in(world).publishedAt(PUBLISHED).publish();
            Document document = browser.page(fresh.path(world.slug()));
            assertThat(document.select(".story-meta").text()).contains("GİRİŞ 24.01.2026 16:07").doesNotContain("GÜNCELLEME");
        }
    }

    @Nested
    class WhenTheAddressIsNotCanonical {

        @Test
        void redirectsAnotherSlugPermanently() {
            assertRedirects("/dunya/eski-baslik-" + story.id());
        }

        @Test
        void redirectsAnotherCategoryPermanently() {
            assertRedirects("/spor/" + story.slug() + "-" + story.id());
        }

        @Test
        void redirectsABareIdPermanently() {
            assertRedirects("/dunya/" + story.id());
        }

        private void assertRedirects(String path) {
            HttpResponse<String> response = browser.get(path);
            assertThat(response.statusCode()).isEqualTo(301);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(story.path(world.slug()));
        }
    }

    @Nested
    class WhenTheStoryDoesNotExist {

        @Test
        void answersATurkishNotFoundPageWithNavigation() {
            HttpResponse<String> response = browser.get("/dunya/olmayan-bir-haber-987654321");
            assertThat(response.statusCode()).isEqualTo(404);
            Document document = Jsoup.parse(response.body());
            assertThat(document.select("h1").text()).isEqualTo("Bu sayfa bulunamadı");
            assertThat(document.select("nav.sections a").eachAttr("href")).contains("/", "/dunya");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at tr.manset");
        }

        @Test
        void answersNotFoundForAnUnpublishedDraft() {
            Article draft = fixtures.story("Yayımlanmamış taslak").in(world).saveAsDraft();
            assertThat(browser.get(draft.path(world.slug())).statusCode()).isEqualTo(404);
        }

        @Test
        void answersNotFoundForMalformedIds() {
            assertThat(browser.get("/dunya/baslik-99999999999999999999999").statusCode()).isEqualTo(404);
            assertThat(browser.get("/dunya/baslik-yok").statusCode()).isEqualTo(404);
            assertThat(browser.get("/dunya/-").statusCode()).isEqualTo(404);
        }

        @Test
        void answersBadRequestOrNotFoundForBrokenAddresses() {
            assertThat(browser.rawStatus("/dunya/%ZZ-1")).isIn(400, 404);
            assertThat(browser.rawStatus("/dunya/a%00b-1")).isIn(400, 404);
            assertThat(browser.get("/dunya/a/b/c/d").statusCode()).isEqualTo(404);
            assertThat(browser.get("/dunya?sayfa=abc").statusCode()).isEqualTo(400);
            assertThat(browser.get("/dunya?sayfa=0").statusCode()).isEqualTo(404);
        }
    }
}
