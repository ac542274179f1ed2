package tr.manset.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Browser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.author.Author;
import tr.manset.category.Category;

@SiteTest
class FrontPagesTest {

    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;

    @Nested
    class HomePage {

        @Test
        void leadsWithTheNewestStoryAndListsTheLatestAndEveryCategory() {
            // Other tests add stories to the same database: this one uses a category of its own.
            Category block = fixtures.category("Ana Sayfa Blok");
            Category sport = fixtures.category("Spor");
            Article older = fixtures.story("Borsa haftaya yükselişle başladı").in(block)
                .publishedAt(Instant.now().minus(Duration.ofHours(3))).publish();
            Article newest = fixtures.story("Derbide kazanan çıkmadı").in(sport)
                .spot("Karşılaşma golsüz sona erdi.").publishedAt(Instant.now().plusSeconds(5)).publish();

            Document home = browser.page("/");

            assertThat(home.select(".manset-lead .teaser-headline").text()).isEqualTo("Derbide kazanan çıkmadı");
            assertThat(home.select(".manset-lead .teaser-spot").text()).isEqualTo("Karşılaşma golsüz sona erdi.");
            assertThat(home.select(".manset-lead .label").text()).isEqualTo("SPOR");
            assertThat(home.select(".manset-lead .ago").text()).isEqualTo("az önce");
            assertThat(home.select(".manset-lead .teaser-headline a").attr("href")).isEqualTo(newest.path("spor"));
            assertThat(home.select("#blok-ana-sayfa-blok ~ .grid a.teaser-image, .category-block a").eachAttr("href"))
                .contains(older.path("ana-sayfa-blok"));
            assertThat(home.select(".category-block h2 a").eachAttr("href")).contains("/ana-sayfa-blok");
            assertThat(home.select("nav.sections a").eachAttr("href")).contains("/ana-sayfa-blok", "/spor");
            assertThat(home.select("footer .footer-links a").eachAttr("href")).contains("/ana-sayfa-blok", "/spor");
        }
    }

    @Nested
    class CategoryPage {

        @Test
        void listsItsStoriesNewestFirstTwentyToAPage() {
            Category category = fixtures.category("Sayfalama Deneme");
            Instant start = Instant.parse("2026-03-01T09:00:00Z");
            List<Article> stories = IntStream.rangeClosed(1, 23)
                .mapToObj(i -> fixtures.story("Deneme haberi " + i).in(category).withoutHero()
                    .publishedAt(start.plus(Duration.ofHours(i))).publish())
                .toList();

            Document first = browser.page("/sayfalama-deneme");
            assertThat(first.select("h1").text()).isEqualTo("Sayfalama Deneme Haberleri");
            assertThat(first.select(".listing .teaser")).hasSize(20);
            assertThat(first.select(".listing .teaser-headline").first().text()).isEqualTo("Deneme haberi 23");
            assertThat(first.select(".pager a[rel=next]").attr("href")).isEqualTo("/sayfalama-deneme?sayfa=2");
            assertThat(first.select(".pager a[rel=prev]")).isEmpty();
            assertThat(first.select("nav.sections a[aria-current=page]").attr("href")).isEqualTo("/sayfalama-deneme");

            Document second = browser.page("/sayfalama-deneme?sayfa=2");
            assertThat(second.select(".listing .teaser-headline").eachText())
                .containsExactly("Deneme haberi 3", "Deneme haberi 2", "Deneme haberi 1");
            assertThat(second.select(".pager a[rel=prev]").attr("href")).isEqualTo("/sayfalama-deneme");
            assertThat(second.select("link[rel=canonical]").attr("href")).endsWith("/sayfalama-deneme?sayfa=2");
            assertThat(stories).hasSize(23);
        }

        @Test
        void answersNotFoundPastTheLastPage() {
            fixtures.category("Boş Kategori");
            assertThat(browser.get("/bos-kategori").statusCode()).isEqualTo(200);
            assertThat(browser.get("/bos-kategori?sayfa=2").statusCode()).isEqualTo(404);
        }

        @Test
        void answersATurkishNotFoundForAnUnknownCategory() {
            HttpResponse<String> response = browser.get("/olmayan-kategori");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Bu sayfa bulunamadı");
        }
    }

    @Nested
    class TagPage {

        @Test
        void listsStoriesWithTheTagAcrossCategories() {
            Article one = fixtures.story("Kıyı kentlerinde sağanak").in(fixtures.category("Gündem")).tagged("Meteoroloji Uyarısı").publish();
            Article two = fixtures.story("Hasat sağanak yüzünden ertelendi").in(fixtures.category("Ekonomi")).tagged("Meteoroloji uyarısı").publish();
            fixtures.story("Etiketsiz bir haber").in(fixtures.category("Gündem")).publish();

            Document page = browser.page("/etiket/meteoroloji-uyarisi");

            assertThat(page.select("h1").text()).isEqualTo("Meteoroloji Uyarısı Haberleri");
            assertThat(page.select(".listing .teaser-headline a").eachAttr("href"))
                .containsExactly(two.path("ekonomi"), one.path("gundem"));
            assertThat(browser.get("/etiket/olmayan-etiket").statusCode()).isEqualTo(404);
        }
    }

    @Nested
    class AuthorPage {

        @Test
        void showsPhotoTitleBioAndTheirStories() {
            Author author = fixtures.author("Zeynep Çağlayan", "Editör");
            Article theirs = fixtures.story("Yazarın kendi haberi").by(author).publish();
            Article others = fixtures.story("Başka birinin haberi").by(fixtures.author("Ali Kaya", "Muhabir")).publish();

            Document page = browser.page("/yazar/zeynep-caglayan");

            assertThat(page.select("h1").text()).isEqualTo("Zeynep Çağlayan");
            assertThat(page.select(".kicker").text()).isEqualTo("Editör");
            assertThat(page.select(".author-about h2").text()).isEqualTo("Editör Hakkında");
            assertThat(page.select(".author-about p").text()).isEqualTo(author.bio());
            assertThat(page.select("img.author-photo").attr("src")).startsWith("/medya/");
            assertThat(page.select(".listing .teaser-headline a").eachAttr("href"))
                .contains(theirs.path("gundem")).doesNotContain(others.path("gundem"));
        }

        @Test
        void answersATurkishNotFoundForAnUnknownAuthor() {
            HttpResponse<String> response = browser.get("/yazar/olmayan-yazar");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("Bu sayfa bulunamadı");
        }
    }

    @Nested
    class SubscribePage {

        @Test
        void offersTheSiteAndCategoryFeedsBesideTheNewsletters() {
            fixtures.category("Dünya");
            Document page = browser.page("/abone-ol");
            assertThat(page.select("h1").text()).isEqualTo("Abone ol");
            assertThat(page.select(".feeds a").eachAttr("href")).contains("/rss.xml", "/atom.xml", "/dunya/rss.xml");
            assertThat(page.select(".feeds code").eachText()).contains("http://localhost:8080/dunya/rss.xml");
        }

        @Test
        void theOldAddressMovedPermanently() {
            var answer = browser.get("/abone");
            assertThat(answer.statusCode()).isEqualTo(301);
            assertThat(answer.headers().firstValue("Location")).hasValue("/abone-ol");
        }
    }
}
