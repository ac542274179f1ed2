package tr.manset.front;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.manset.StructuredPage.SITE;

import java.awt.image.BufferedImage;
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

/**
 * The head of every reader page: canonical address, description, Open Graph and Twitter tags, and
 * the structured data of the home, category and author pages.
 */
@SiteTest
class PageHeadTest {

    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;

    /** What every public page carries whatever it is about. */
    static void hasTheCommonHead(StructuredPage page, String canonical, String description) {
        assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("tr");
        assertThat(page.canonical()).isEqualTo(canonical);
        assertThat(page.meta("description")).isEqualTo(description);
        assertThat(page.meta("og:url")).isEqualTo(canonical);
        assertThat(page.meta("og:description")).isEqualTo(description);
        assertThat(page.meta("og:title")).isEqualTo(page.html().title());
        assertThat(page.meta("og:locale")).isEqualTo("tr_TR");
        assertThat(page.meta("og:site_name")).isEqualTo("Manşet");
        assertThat(page.meta("twitter:title")).isEqualTo(page.html().title());
        assertThat(page.meta("twitter:description")).isEqualTo(description);
    }

    @Nested
    class HomePage {

        @Test
        void describesTheSiteAsAnOrganizationWithItsLogo() {
            StructuredPage home = StructuredPage.of(browser, "/");

            JsonNode organization = home.thing("Organization");
            assertThat(organization.path("@id").asString()).isEqualTo(SITE + "/#organization");
            assertThat(organization.path("name").asString()).isEqualTo("Manşet");
            assertThat(organization.path("url").asString()).isEqualTo(SITE + "/");
            assertThat(organization.has("sameAs")).as("no profiles configured").isFalse();
            JsonNode logo = organization.path("logo");
            assertThat(logo.path("@type").asString()).isEqualTo("ImageObject");
            BufferedImage served = home.image(logo.path("url").asString(), "image/png");
            assertThat(served.getWidth()).isEqualTo(logo.path("width").asInt()).isGreaterThanOrEqualTo(112);
            assertThat(served.getHeight()).isEqualTo(logo.path("height").asInt()).isEqualTo(served.getWidth());
        }

        @Test
        void offersTheSiteSearchToSearchEngines() {
            StructuredPage home = StructuredPage.of(browser, "/");

            JsonNode website = home.thing("WebSite");
            assertThat(website.path("name").asString()).isEqualTo("Manşet");
            assertThat(website.path("url").asString()).isEqualTo(SITE + "/");
            assertThat(website.path("inLanguage").asString()).isEqualTo("tr");
            assertThat(website.path("publisher").path("@id").asString()).isEqualTo(SITE + "/#organization");
            JsonNode search = website.path("potentialAction");
            assertThat(search.path("@type").asString()).isEqualTo("SearchAction");
            assertThat(search.path("query-input").asString()).isEqualTo("required name=search_term_string");
            String template = search.path("target").path("urlTemplate").asString();
            assertThat(template).isEqualTo(SITE + "/arama?q={search_term_string}");
            String searched = template.replace("{search_term_string}", "liman");
            assertThat(home.fetch(searched).statusCode()).isEqualTo(200);
            assertThat(browser.page(StructuredPage.path(searched)).select("input[name=q]").attr("value")).isEqualTo("liman");
        }

        @Test
        void hasCanonicalDescriptionAndASmallCard() {
            StructuredPage home = StructuredPage.of(browser, "/");

            hasTheCommonHead(home, SITE + "/",
                "Türkiye ve dünyadan son dakika haberleri, gündem, ekonomi, spor, teknoloji ve kültür-sanat haberleri.");
            assertThat(home.meta("og:type")).isEqualTo("website");
            assertThat(home.meta("twitter:card")).isEqualTo("summary");
        }
    }

    @Nested
    class CategoryPage {

        @Test
        void leadsFromTheHomePageToTheCategory() {
            Category category = fixtures.category("Çevre");
            fixtures.story("Sulak alanlar için yeni koruma planı").in(category).publish();

            StructuredPage page = StructuredPage.of(browser, "/cevre");

            JsonNode items = page.thing("BreadcrumbList").path("itemListElement");
            assertThat(items.valueStream().map(item -> item.path("name").asString())).containsExactly("Ana Sayfa", "Çevre");
            assertThat(items.valueStream().map(item -> item.path("item").asString())).containsExactly(SITE + "/", SITE + "/cevre");
            assertThat(items.valueStream().map(item -> item.path("position").asInt())).containsExactly(1, 2);
            hasTheCommonHead(page, SITE + "/cevre", category.description());
            assertThat(page.meta("twitter:card")).isEqualTo("summary");
        }
    }

    @Nested
    class TagPage {

        @Test
        void hasCanonicalDescriptionAndBreadcrumbs() {
            fixtures.story("Kıyı temizliğine gönüllüler katıldı").tagged("Kıyı Temizliği").publish();

            StructuredPage page = StructuredPage.of(browser, "/etiket/kiyi-temizligi");

            hasTheCommonHead(page, SITE + "/etiket/kiyi-temizligi", "Kıyı Temizliği ile ilgili son haberler ve gelişmeler.");
            JsonNode items = page.thing("BreadcrumbList").path("itemListElement");
            assertThat(items.valueStream().map(item -> item.path("name").asString())).containsExactly("Ana Sayfa", "Kıyı Temizliği");
            assertThat(items.valueStream().map(item -> item.path("item").asString()))
                .containsExactly(SITE + "/", SITE + "/etiket/kiyi-temizligi");
        }
    }

    @Nested
    class AuthorPage {

        @Test
        void isAProfilePageOfThePerson() {
            Author author = fixtures.author("Leyla Demirtaş", "Muhabir");
            fixtures.story("Yazarın bölgeden haberi").by(author).publish();

            StructuredPage page = StructuredPage.of(browser, "/yazar/leyla-demirtas");

            JsonNode profile = page.thing("ProfilePage");
            assertThat(profile.path("url").asString()).isEqualTo(SITE + "/yazar/leyla-demirtas");
            JsonNode person = profile.path("mainEntity");
            assertThat(person.path("@type").asString()).isEqualTo("Person");
            assertThat(person.path("name").asString()).isEqualTo("Leyla Demirtaş");
            assertThat(person.path("jobTitle").asString()).isEqualTo("Muhabir");
            assertThat(person.path("description").asString()).isEqualTo(author.bio());
            assertThat(person.path("url").asString()).isEqualTo(SITE + "/yazar/leyla-demirtas");
            assertThat(page.fetch(person.path("url").asString()).statusCode()).isEqualTo(200);
            BufferedImage photo = page.image(person.path("image").asString(), "image/jpeg");
            assertThat(photo.getWidth()).isEqualTo(author.photo().width());
            assertThat(person.has("sameAs")).as("authors have no profile links").isFalse();
            hasTheCommonHead(page, SITE + "/yazar/leyla-demirtas", author.bio());
        }
    }

    @Nested
    class SearchPage {

        @Test
        void hasCanonicalAndDescriptionButIsNotIndexed() {
            StructuredPage page = StructuredPage.of(browser, "/arama?q=liman");

            hasTheCommonHead(page, SITE + "/arama", "Manşet haberlerinde arayın: kategoriye, yazara ve tarihe göre süzün.");
            assertThat(page.meta("robots")).isEqualTo("noindex");
            assertThat(page.things()).isEmpty();
        }
    }
}
