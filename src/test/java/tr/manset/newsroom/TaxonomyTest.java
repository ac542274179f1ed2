package tr.manset.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Browser;
import tr.manset.Newsroom;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.article.Articles;
import tr.manset.article.Tag;
import tr.manset.category.Categories;
import tr.manset.category.Category;
import tr.manset.staff.Role;
import tr.manset.staff.StaffAccounts;
import tr.manset.staff.StaffMember;

@SiteTest
class TaxonomyTest {

    @Autowired Newsroom newsroom;
    @Autowired SiteFixtures fixtures;
    @Autowired Browser browser;
    @Autowired Categories categories;
    @Autowired Articles articles;
    @Autowired StaffAccounts accounts;

    @Nested
    class Categories_ {

        @Test
        void aRenamedCategoryKeepsItsOldAddressesAnswering() {
            Category category = fixtures.category("Yaşam Rehberi");
            Article story = fixtures.story("Kış aylarında enerji tasarrufu").in(category).publish();
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));

            HttpResponse<String> saved = chief.post("/yonetim/kategoriler/" + category.id(), Map.of("name", "Yaşam",
                "slug", "yasam", "description", "Günlük yaşam", "position", 9), "/yonetim/kategoriler");

            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(categories.byId(category.id()).orElseThrow().slug()).isEqualTo("yasam");
            HttpResponse<String> old = browser.get("/yasam-rehberi?sayfa=2");
            assertThat(old.statusCode()).isEqualTo(301);
            assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/yasam?sayfa=2");
            HttpResponse<String> oldStory = browser.get("/yasam-rehberi/" + story.slug() + "-" + story.id());
            assertThat(oldStory.statusCode()).isEqualTo(301);
            assertThat(oldStory.headers().firstValue("Location").orElseThrow()).endsWith(story.path("yasam"));
            assertThat(browser.page("/yasam").select("h1").text()).isEqualTo("Yaşam Haberleri");
        }

        @Test
        void refusesAnAddressTheSiteOrAnotherCategoryUses() {
            Category category = fixtures.category("Bilim");
            fixtures.category("Doğa");
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
            for (String slug : List.of("yonetim", "doga")) {
                HttpResponse<String> response = chief.post("/yonetim/kategoriler/" + category.id(),
                    Map.of("name", "Bilim", "slug", slug, "position", 1), "/yonetim/kategoriler");
                assertThat(response.statusCode()).as(slug).isEqualTo(400);
            }
            assertThat(categories.byId(category.id()).orElseThrow().slug()).isEqualTo("bilim");
        }

        @Test
        void addsACategory() {
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
            chief.post("/yonetim/kategoriler", Map.of("name", "Çevre ve İklim", "description", "İklim haberleri", "position", 12),
                "/yonetim/kategoriler");
            assertThat(categories.bySlug("cevre-ve-iklim")).isPresent();
            assertThat(browser.page("/").select("nav.sections a").eachAttr("href")).contains("/cevre-ve-iklim");
        }
    }

    @Nested
    class Tags {

        @Test
        void mergesADuplicateTagIntoAnother() {
            Article one = fixtures.story("Birinci etiketli haber").tagged("Asgari Ücret").publish();
            Article two = fixtures.story("İkinci etiketli haber").tagged("Asgari ücret zammı").publish();
            Tag from = articles.tagBySlug("asgari-ucret-zammi").orElseThrow();
            Tag into = articles.tagBySlug("asgari-ucret").orElseThrow();
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));

            chief.post("/yonetim/etiketler/" + from.id() + "/birlestir", Map.of("into", into.id()), "/yonetim/etiketler");

            assertThat(browser.get("/etiket/asgari-ucret-zammi").statusCode()).isEqualTo(404);
            Document page = browser.page("/etiket/asgari-ucret");
            assertThat(page.select(".listing .teaser-headline a").eachAttr("href"))
                .contains(one.path("gundem"), two.path("gundem"));
        }

        @Test
        void renamesATagAndRefusesANameAnotherTagHas() {
            fixtures.story("Etiketi değişecek haber").tagged("Deprem Tatbikatı", "Afet").publish();
            Tag tag = articles.tagBySlug("deprem-tatbikati").orElseThrow();
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));

            chief.post("/yonetim/etiketler/" + tag.id() + "/ad", Map.of("name", "Afet tatbikatı"), "/yonetim/etiketler");
            assertThat(browser.page("/etiket/afet-tatbikati").select("h1").text()).isEqualTo("Afet tatbikatı Haberleri");

            HttpResponse<String> clash = chief.post("/yonetim/etiketler/" + tag.id() + "/ad", Map.of("name", "AFET"), "/yonetim/etiketler");
            assertThat(clash.statusCode()).isEqualTo(409);
            assertThat(articles.tagBySlug("afet-tatbikati")).isPresent();
        }
    }

    @Nested
    class Authors {

        @Test
        void editsAnAuthorsTitleBioAndPhoto() {
            var author = fixtures.author("Can Demirtaş", "Muhabir");
            long photo = fixtures.image(400, 400).id();
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));

            chief.post("/yonetim/yazarlar/" + author.id(), Map.of("name", "Can Demirtaş", "title", "Editör",
                "bio", "Ekonomi ve enerji haberleri yazıyor.", "photoId", photo), "/yonetim/yazarlar");

            Document page = browser.page("/yazar/can-demirtas");
            assertThat(page.select(".kicker").text()).isEqualTo("Editör");
            assertThat(page.select(".author-about p").text()).isEqualTo("Ekonomi ve enerji haberleri yazıyor.");
            assertThat(page.select("img.author-photo").attr("src")).startsWith("/medya/");
        }

        @Test
        void refusesAPhotoThatDoesNotExist() {
            var author = fixtures.author("Ece Yalın", "Muhabir");
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
            HttpResponse<String> response = chief.post("/yonetim/yazarlar/" + author.id(),
                Map.of("name", "Ece Yalın", "photoId", 987654), "/yonetim/yazarlar");
            assertThat(response.statusCode()).isEqualTo(400);
        }
    }

    @Nested
    class Staff {

        @Test
        void anAdminAddsAMemberWhoSignsInWithTheOneTimePassword() {
            Newsroom.Session admin = newsroom.signIn(newsroom.member(Role.ADMIN));
            admin.post("/yonetim/kullanicilar", Map.of("email", "yeni.muhabir@manset.test", "name", "Yeni Muhabir", "role", "REPORTER"),
                "/yonetim/kullanicilar");
            String notice = admin.page("/yonetim/kullanicilar").select(".flash").text();
            String password = notice.substring(notice.lastIndexOf(' ') + 1);

            Newsroom.Session newcomer = newsroom.anonymous();
            HttpResponse<String> signIn = newcomer.post("/yonetim/giris",
                Map.of("eposta", "yeni.muhabir@manset.test", "parola", password), "/yonetim/giris");
            assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/yonetim");
        }

        @Test
        void aDisabledMemberIsLockedOutAtTheirNextRequest() {
            StaffMember reporter = newsroom.member(Role.REPORTER);
            Newsroom.Session reporterSession = newsroom.signIn(reporter);
            assertThat(reporterSession.get("/yonetim").statusCode()).isEqualTo(200);
            Newsroom.Session admin = newsroom.signIn(newsroom.member(Role.ADMIN));

            admin.post("/yonetim/kullanicilar/" + reporter.id(), Map.of("role", "REPORTER", "disabled", "true"), "/yonetim/kullanicilar");

            assertThat(accounts.find(reporter.id()).orElseThrow().disabled()).isTrue();
            assertThat(reporterSession.get("/yonetim").statusCode()).isEqualTo(403);
        }

        @Test
        void aNewRoleTakesEffectAtOnce() {
            Category economy = fixtures.category("Ekonomi");
            StaffMember reporter = newsroom.member(Role.REPORTER);
            Newsroom.Session reporterSession = newsroom.signIn(reporter);
            Newsroom.Session admin = newsroom.signIn(newsroom.member(Role.ADMIN));

            admin.post("/yonetim/kullanicilar/" + reporter.id(), Map.of("role", "EDITOR", "categoryIds", List.of(economy.id())),
                "/yonetim/kullanicilar");

            StaffMember promoted = accounts.find(reporter.id()).orElseThrow();
            assertThat(promoted.role()).isEqualTo(Role.EDITOR);
            assertThat(promoted.categoryIds()).containsExactly(economy.id());
            assertThat(reporterSession.page("/yonetim").select(".nr-who").text()).contains("Editör");
        }

        @Test
        void anAdminCannotDemoteThemself() {
            StaffMember me = newsroom.member(Role.ADMIN);
            Newsroom.Session admin = newsroom.signIn(me);
            HttpResponse<String> response = admin.post("/yonetim/kullanicilar/" + me.id(), Map.of("role", "REPORTER"), "/yonetim/kullanicilar");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(accounts.find(me.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
        }
    }
}
