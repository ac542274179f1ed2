package tr.manset.article;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.manset.StructuredPage.SITE;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tr.manset.Browser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.StructuredPage;
import tr.manset.author.Author;
import tr.manset.category.Category;

/** What a story's page tells search engines and link previews: JSON-LD, Open Graph and Twitter tags. */
@SiteTest
class StructuredDataTest {

    static final String HEADLINE = "Karadeniz'de balıkçı tekneleri fırtına nedeniyle limandan çıkamadı";
    static final String SPOT = "Fırtına uyarısı üzerine Karadeniz'deki balıkçılar üç gündür limanda bekliyor.";
    // 24.01.2026 16:07 and 17:58 in Istanbul (UTC+3), as on the reference page.
    static final Instant PUBLISHED = ArticlePageTest.PUBLISHED;
    static final Instant UPDATED = ArticlePageTest.UPDATED;

    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;

    Category region;
    Author editor;
    Author reporter;
    static Article story;
    StructuredPage page;

    @BeforeEach
    void publishTheStory() {
        region = fixtures.category("Bölge");
        editor = fixtures.author("Hande Özkök", "Editör");
        reporter = fixtures.author("Kemal Irmak", "Muhabir");
        if (story == null) {
            story = fixtures.story(HEADLINE).spot(SPOT).in(region).by(editor, reporter)
                .tagged("Fırtına", "Balıkçılık")
                .publishedAt(PUBLISHED).updatedAt(UPDATED)
                .publish();
        }
        page = StructuredPage.of(browser, story.path(region.slug()));
    }

    String canonical() {
        return SITE + story.path(region.slug());
    }

    @Test
    void describesTheStoryAsANewsArticle() {
        JsonNode article = page.thing("NewsArticle");

        assertThat(article.path("headline").asString()).isEqualTo(HEADLINE);
        assertThat(article.path("description").asString()).isEqualTo(SPOT);
        assertThat(article.path("articleSection").asString()).isEqualTo("Bölge");
        assertThat(article.path("keywords").valueStream().map(JsonNode::asString).toList())
            .containsExactly("Fırtına", "Balıkçılık");
        assertThat(article.path("isAccessibleForFree").isBoolean()).isTrue();
        assertThat(article.path("isAccessibleForFree").asBoolean()).isTrue();
        assertThat(article.path("inLanguage").asString()).isEqualTo("tr");
        assertThat(article.path("url").asString()).isEqualTo(canonical());
        assertThat(article.path("mainEntityOfPage").path("@type").asString()).isEqualTo("WebPage");
        assertThat(article.path("mainEntityOfPage").path("@id").asString()).isEqualTo(canonical());
    }

    @Test
    void givesFirstPublicationAndLastUpdateInIstanbulTime() {
        JsonNode article = page.thing("NewsArticle");

        assertThat(article.path("datePublished").asString()).isEqualTo("2026-01-24T16:07:00+03:00");
        assertThat(article.path("dateModified").asString()).isEqualTo("2026-01-24T17:58:00+03:00");
        assertThat(page.meta("article:published_time")).isEqualTo("2026-01-24T16:07:00+03:00");
        assertThat(page.meta("article:modified_time")).isEqualTo("2026-01-24T17:58:00+03:00");
    }

    @Test
    void namesEveryAuthorAsAPersonWithTheirPage() {
        JsonNode authors = page.thing("NewsArticle").path("author");

        assertThat(authors.isArray()).isTrue();
        assertThat(authors.size()).isEqualTo(2);
        assertThat(authors.get(0).path("@type").asString()).isEqualTo("Person");
        assertThat(authors.get(0).path("name").asString()).isEqualTo("Hande Özkök");
        assertThat(authors.get(0).path("jobTitle").asString()).isEqualTo("Editör");
        assertThat(authors.get(0).path("url").asString()).isEqualTo(SITE + "/yazar/hande-ozkok");
        assertThat(authors.get(1).path("name").asString()).isEqualTo("Kemal Irmak");
        assertThat(authors.get(1).path("jobTitle").asString()).isEqualTo("Muhabir");
        for (JsonNode author : authors) {
            String url = author.path("url").asString();
            assertThat(page.fetch(url).statusCode()).as("GET %s", url).isEqualTo(200);
            assertThat(browser.page(StructuredPage.path(url)).select("h1").text()).isEqualTo(author.path("name").asString());
        }
        assertThat(page.metas("article:author")).containsExactly(SITE + "/yazar/hande-ozkok", SITE + "/yazar/kemal-irmak");
    }

    @Test
    void offersTheHeroIn16To9And4To3And1To1() {
        JsonNode images = page.thing("NewsArticle").path("image");

        assertThat(images.size()).isEqualTo(3);
        // The fixtures' hero is 1200 × 675: each crop is as large as that allows, and never enlarged.
        int[][] expected = {{1200, 675}, {900, 675}, {675, 675}};
        for (int i = 0; i < 3; i++) {
            JsonNode image = images.get(i);
            assertThat(image.path("@type").asString()).isEqualTo("ImageObject");
            assertThat(image.path("width").asInt()).isEqualTo(expected[i][0]);
            assertThat(image.path("height").asInt()).isEqualTo(expected[i][1]);
            BufferedImage served = page.image(image.path("url").asString(), "image/jpeg");
            assertThat(served.getWidth()).isEqualTo(expected[i][0]);
            assertThat(served.getHeight()).isEqualTo(expected[i][1]);
        }
        assertThat(images.get(0).path("url").asString()).endsWith("/16x9.jpg");
        assertThat(images.get(1).path("url").asString()).endsWith("/4x3.jpg");
        assertThat(images.get(2).path("url").asString()).endsWith("/1x1.jpg");
    }

    @Test
    void namesThePublisherWithItsLogo() {
        JsonNode publisher = page.thing("NewsArticle").path("publisher");

        assertThat(publisher.path("@type").asString()).isEqualTo("Organization");
        assertThat(publisher.path("name").asString()).isEqualTo("Manşet");
        assertThat(publisher.path("url").asString()).isEqualTo(SITE + "/");
        JsonNode logo = publisher.path("logo");
        assertThat(logo.path("@type").asString()).isEqualTo("ImageObject");
        assertThat(logo.path("width").asInt()).isEqualTo(600);
        assertThat(logo.path("height").asInt()).isEqualTo(60);
        BufferedImage served = page.image(logo.path("url").asString(), "image/png");
        assertThat(served.getWidth()).isEqualTo(600);
        assertThat(served.getHeight()).isEqualTo(60);
    }

    @Test
    void leadsFromTheHomePageThroughTheCategoryToTheStory() {
        JsonNode items = page.thing("BreadcrumbList").path("itemListElement");

        assertThat(items.valueStream().map(item -> item.path("position").asInt())).containsExactly(1, 2, 3);
        assertThat(items.valueStream().map(item -> item.path("name").asString()))
            .containsExactly("Ana Sayfa", "Bölge", HEADLINE);
        assertThat(items.valueStream().map(item -> item.path("item").asString()))
            .containsExactly(SITE + "/", SITE + "/bolge", canonical());
        for (JsonNode item : items) {
            assertThat(page.fetch(item.path("item").asString()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void previewsAsALargeCardWithTheWideCrop() {
        String wide = page.thing("NewsArticle").path("image").get(0).path("url").asString();

        assertThat(page.meta("og:type")).isEqualTo("article");
        assertThat(page.meta("og:title")).isEqualTo(HEADLINE + " - Manşet");
        assertThat(page.meta("og:description")).isEqualTo(SPOT);
        assertThat(page.meta("og:url")).isEqualTo(canonical());
        assertThat(page.meta("og:image")).isEqualTo(wide);
        assertThat(page.meta("og:image:width")).isEqualTo("1200");
        assertThat(page.meta("og:image:height")).isEqualTo("675");
        assertThat(page.meta("og:image:alt")).isEqualTo("Görselin kısa tarifi");
        assertThat(page.meta("article:section")).isEqualTo("Bölge");
        assertThat(page.metas("article:tag")).containsExactly("Fırtına", "Balıkçılık");
        assertThat(page.meta("twitter:card")).isEqualTo("summary_large_image");
        assertThat(page.meta("twitter:title")).isEqualTo(HEADLINE + " - Manşet");
        assertThat(page.meta("twitter:description")).isEqualTo(SPOT);
        assertThat(page.meta("twitter:image")).isEqualTo(wide);
        assertThat(page.meta("description")).isEqualTo(SPOT);
        assertThat(page.canonical()).isEqualTo(canonical());
        assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("tr");
    }

    @Nested
    class WhenNeverUpdated {

        @Test
        void isModifiedWhenItWasPublished() {
            Article fresh = fixtures.story("Liman işletmesi yeni vinçlerini tanıttı").in(region).publishedAt(PUBLISHED).publish();

            StructuredPage fresher = StructuredPage.of(browser, fresh.path(region.slug()));

            assertThat(fresher.thing("NewsArticle").path("dateModified").asString()).isEqualTo("2026-01-24T16:07:00+03:00");
            assertThat(fresher.meta("article:modified_time")).isEqualTo("2026-01-24T16:07:00+03:00");
        }
    }

    @Nested
    class WhenTheHeadlineIsLong {

        @Test
        void shortensItToAtMost110CharactersAfterAWholeWord() {
            String longHeadline = "Büyükşehir belediyesi meclisi, kentin kuzeyindeki eski sanayi bölgesinin yeşil alana dönüştürülmesi "
                + "için hazırlanan projeyi oy birliğiyle kabul etti";
            Article long_ = fixtures.story(longHeadline).in(region).publish();

            String headline = StructuredPage.of(browser, long_.path(region.slug())).thing("NewsArticle").path("headline").asString();

            assertThat(headline.codePointCount(0, headline.length())).isLessThanOrEqualTo(110);
            assertThat(headline).endsWith("…");
            assertThat(longHeadline).startsWith(headline.substring(0, headline.length() - 1));
            assertThat(longHeadline.charAt(headline.length() - 1)).isEqualTo(' ');
        }
    }

    @Nested
    class WhenTheTextLooksLikeMarkup {

        @Test
        void cannotCloseTheScriptElement() {
            String headline = "Sahte belge </script><script>alert(\"x\")</script> <!-- iddiası & yanıtı";
            Article tricky = fixtures.story(headline).spot("Özet </SCRIPT><img src=x onerror=alert(1)>").in(region).publish();

            StructuredPage trickyPage = StructuredPage.of(browser, tricky.path(region.slug()));

            List<Element> scripts = trickyPage.html().select("script");
            assertThat(scripts).hasSize(3);
            assertThat(scripts.stream().filter(script -> script.hasAttr("src"))).hasSize(1);
            assertThat(trickyPage.html().select("img[onerror]")).isEmpty();
            for (Element script : trickyPage.html().select("script[type=application/ld+json]")) {
                assertThat(script.data()).doesNotContain("<").doesNotContain(">").doesNotContain("&");
            }
            JsonNode article = trickyPage.thing("NewsArticle");
            assertThat(article.path("headline").asString()).isEqualTo(headline);
            assertThat(article.path("description").asString()).isEqualTo("Özet </SCRIPT><img src=x onerror=alert(1)>");
        }
    }

    @Nested
    class WithoutAHero {

        @Test
        void previewsAsASmallCardAndNamesNoImage() {
            Article plain = fixtures.story("Görselsiz kısa bir bölge haberi").in(region).withoutHero().publish();

            StructuredPage plainPage = StructuredPage.of(browser, plain.path(region.slug()));

            assertThat(plainPage.meta("twitter:card")).isEqualTo("summary");
            assertThat(plainPage.metas("og:image")).isEmpty();
            assertThat(plainPage.metas("twitter:image")).isEmpty();
            assertThat(plainPage.thing("NewsArticle").has("image")).isFalse();
            assertThat(plainPage.thing("NewsArticle").path("headline").asString()).isEqualTo("Görselsiz kısa bir bölge haberi");
        }
    }

    @Nested
    class WithoutASpot {

        @Test
        void describesItWithTheStartOfItsText() {
            Article bare = fixtures.story("Özeti olmayan bir bölge haberi").spot("").in(region)
                .body(new Block.Paragraph("Valilik, yarından itibaren <strong>köprü</strong> trafiğinin iki gün kapalı kalacağını duyurdu."))
                .publish();

            StructuredPage barePage = StructuredPage.of(browser, bare.path(region.slug()));

            String expected = "Valilik, yarından itibaren köprü trafiğinin iki gün kapalı kalacağını duyurdu.";
            assertThat(barePage.thing("NewsArticle").path("description").asString()).isEqualTo(expected);
            assertThat(barePage.meta("description")).isEqualTo(expected);
        }
    }
}
