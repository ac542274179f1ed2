package tr.manset.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tr.manset.Browser;
import tr.manset.Newsroom;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.audit.AuditLog;
import tr.manset.author.Author;
import tr.manset.category.Category;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;

/**
 * The imprint, contact, editorial policy, KVKK and cookie pages: what a fresh site shows, what
 * admins change at /yonetim/sayfalar and how, and that only admins may.
 */
@SiteTest
class SitePagesTest {

    static final List<String> FOOTER = List.of("/kunye", "/iletisim", "/yayin-ilkeleri", "/yorum-kurallari",
        "/kvkk-aydinlatma-metni", "/cerez-politikasi");

    @Autowired Browser browser;
    @Autowired Newsroom newsroom;
    @Autowired SiteFixtures fixtures;
    @Autowired SitePages pages;
    @Autowired AuditLog audit;
    @Autowired JdbcClient db;

    @Nested
    class OnAFreshSite {

        @Test
        void everyPageShowsTheShippedTextAndTheImprintSaysItIsNotFilledIn() {
            backToFreshSite();

            Document imprint = browser.page("/kunye");
            assertThat(imprint.select("h1").text()).isEqualTo("Künye");
            assertThat(imprint.select("[role=note]").text()).isEqualTo("Künye bilgileri henüz girilmedi.");
            assertThat(definitions(imprint)).containsEntry("İmtiyaz Sahibi", "henüz girilmedi")
                .containsEntry("Sorumlu Yazı İşleri Müdürü", "henüz girilmedi")
                .containsEntry("Elektronik Tebligat Adresi (UETS)", "henüz girilmedi")
                .containsEntry("Yer Sağlayıcı", "henüz girilmedi");
            assertThat(imprint.select(".page-updated")).isEmpty();

            Document contact = browser.page("/iletisim");
            assertThat(contact.select("h1").text()).isEqualTo("İletişim");
            assertThat(contact.select("article p").first().text()).startsWith("Haber ihbarlarınızı, düzeltme taleplerinizi");
            assertThat(definitions(contact)).containsEntry("Haber ihbarı", "henüz girilmedi")
                .containsEntry("Düzeltme ve cevap hakkı talepleri", "henüz girilmedi");

            Document policy = browser.page("/yayin-ilkeleri");
            assertThat(policy.select("h1").text()).isEqualTo("Yayın İlkeleri");
            assertThat(policy.select("article h2").eachText()).contains("Doğruluk", "Kaynaklar", "Düzeltmeler ve cevap hakkı",
                "Bağımsızlık", "Okur yorumları");
            assertThat(policy.select("h2#duzeltmeler-ve-cevap-hakki")).hasSize(1);
            assertThat(policy.select("article a[href=\"/yorum-kurallari\"]")).isNotEmpty();
            assertThat(policy.text()).contains("14. maddesi");

            Document privacy = browser.page("/kvkk-aydinlatma-metni");
            assertThat(privacy.select("h1").text()).isEqualTo("KVKK Aydınlatma Metni");
            assertThat(privacy.select("article h2").eachText()).contains("Veri sorumlusu", "Hangi kişisel verileri işliyoruz",
                "Hangi amaçlarla işliyoruz", "Hukuki sebepler", "Kimlere aktarıyoruz", "Toplama yöntemi", "Haklarınız",
                "Nasıl başvurabilirsiniz");
            assertThat(privacy.select("article a[href=\"/yorum-kurallari#kvkk\"]")).hasSize(1);
            assertThat(privacy.text()).contains("5651 sayılı Kanun trafik kaydı", "11. maddesi", "5. maddesinin");

            Document cookies = browser.page("/cerez-politikasi");
            assertThat(cookies.select("h1").text()).isEqualTo("Çerez Politikası");
            assertThat(cookies.select(".cookie-name").eachText()).containsExactly("JSESSIONID", "manset-votes", "manset_okur", "manset-okur");
        }
    }

    @Nested
    class WhenAnAdminEdits {

        @Test
        void theImprintAndContactPagesShowWhatWasSavedAndTheAuditLogSaysWhat() {
            StaffMember admin = newsroom.member(Role.ADMIN);
            Newsroom.Session session = newsroom.signIn(admin);

            HttpResponse<String> saved = submit(session, "/yonetim/sayfalar", "/yonetim/sayfalar/kunye", Map.ofEntries(
                Map.entry("ownerName", "Deniz Ak"),
                Map.entry("ownerCompany", "Deneme Medya A.Ş."),
                Map.entry("responsibleEditor", "Ece Kar"),
                Map.entry("editors", "Haber Müdürü: Can Öz\nFotoğraf Editörü: Ada Su"),
                Map.entry("address", "Deneme Mahallesi 1. Sokak No: 2\n06000 Ankara"),
                Map.entry("email", "kunye@deneme.example"),
                Map.entry("phone", "+90 (312) 000 00 00"),
                Map.entry("uetsAddress", "11111-22222-33333"),
                Map.entry("hostName", "Deneme Barındırma Ltd. Şti."),
                Map.entry("hostAddress", "Deneme Veri Merkezi, İzmir"),
                Map.entry("newsTipEmail", "ihbar@deneme.example"),
                Map.entry("correctionEmail", "duzeltme@deneme.example"),
                Map.entry("contactText", "Bize her zaman yazın.\n\n- Hafta içi 09.00-18.00")));
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/yonetim/sayfalar");
            assertThat(session.page("/yonetim/sayfalar").select("[role=status]").text())
                .isEqualTo("Künye ve iletişim bilgileri kaydedildi.");

            Document imprint = browser.page("/kunye");
            assertThat(imprint.select("[role=note]")).isEmpty();
            assertThat(definitions(imprint))
                .containsEntry("İmtiyaz Sahibi", "Deneme Medya A.Ş. adına Deniz Ak")
                .containsEntry("Sorumlu Yazı İşleri Müdürü", "Ece Kar")
                .containsEntry("Haber Müdürü", "Can Öz")
                .containsEntry("Fotoğraf Editörü", "Ada Su")
                .containsEntry("Yönetim Yeri", "Deneme Mahallesi 1. Sokak No: 2 06000 Ankara")
                .containsEntry("Telefon", "+90 (312) 000 00 00")
                .containsEntry("E-posta", "kunye@deneme.example")
                .containsEntry("Elektronik Tebligat Adresi (UETS)", "11111-22222-33333")
                .containsEntry("Yer Sağlayıcı", "Deneme Barındırma Ltd. Şti. Deneme Veri Merkezi, İzmir");
            assertThat(imprint.select("a[href=\"tel:+903120000000\"]")).hasSize(1);
            assertThat(imprint.select("a[href=\"mailto:kunye@deneme.example\"]")).hasSize(1);
            assertThat(imprint.select(".page-updated").text()).matches("Son güncelleme: \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}");

            Document contact = browser.page("/iletisim");
            assertThat(contact.select("article > p").first().text()).isEqualTo("Bize her zaman yazın.");
            assertThat(contact.select("article > ul li").eachText()).containsExactly("Hafta içi 09.00-18.00");
            assertThat(definitions(contact)).containsEntry("Yayıncı", "Deneme Medya A.Ş.")
                .containsEntry("Haber ihbarı", "ihbar@deneme.example")
                .containsEntry("Düzeltme ve cevap hakkı talepleri", "duzeltme@deneme.example")
                .containsEntry("Elektronik Tebligat Adresi (UETS)", "11111-22222-33333")
                .containsEntry("Yer Sağlayıcı", "Deneme Barındırma Ltd. Şti. Deneme Veri Merkezi, İzmir");

            assertThat(definitions(browser.page("/kvkk-aydinlatma-metni"))).containsEntry("Unvan", "Deneme Medya A.Ş.")
                .containsEntry("E-posta", "kunye@deneme.example");
            assertThat(definitions(browser.page("/yayin-ilkeleri"))).containsEntry("Sorumlu Yazı İşleri Müdürü", "Ece Kar")
                .containsEntry("Düzeltme talepleri", "duzeltme@deneme.example");

            assertThat(audit.find("pages.imprint", admin.email(), 1, 0)).singleElement().satisfies(entry -> {
                assertThat(entry.subject()).isEqualTo("kunye");
                assertThat(entry.detail()).contains("İmtiyaz sahibi", "Sorumlu yazı işleri müdürü", "UETS adresi");
                assertThat(entry.staffId()).isEqualTo(admin.id());
            });
        }

        @Test
        void aTextPageShowsTheSavedMarkupAsHeadingsListsAndLinks() {
            StaffMember admin = newsroom.member(Role.ADMIN);
            Newsroom.Session session = newsroom.signIn(admin);
            Document editor = session.page("/yonetim/sayfalar/yayin-ilkeleri");
            assertThat(editor.select("textarea#body").first().wholeText()).isEqualTo(pages.text(TextPage.EDITORIAL_POLICY).body());

            HttpResponse<String> saved = submit(session, "/yonetim/sayfalar/yayin-ilkeleri", "/yonetim/sayfalar/yayin-ilkeleri",
                Map.of("body", """
                    İlk paragraf **önemli** bir cümleyle
                    devam eder.

                    ## Düzeltmeler
                    - Hata bildirimi: [İletişim](/iletisim)
                    - Ayrıntı: https://ornek.example/ilkeler.
                    """));
            assertThat(saved.statusCode()).isEqualTo(302);

            Document policy = browser.page("/yayin-ilkeleri");
            Element article = policy.selectFirst("article");
            assertThat(article.select("> p").first().text()).isEqualTo("İlk paragraf önemli bir cümleyle devam eder.");
            assertThat(article.select("> p strong").text()).isEqualTo("önemli");
            assertThat(article.select("> h2#duzeltmeler").text()).isEqualTo("Düzeltmeler");
            assertThat(article.select("> ul li").eachText())
                .containsExactly("Hata bildirimi: İletişim", "Ayrıntı: https://ornek.example/ilkeler.");
            assertThat(article.select("> ul a").eachAttr("href")).containsExactly("/iletisim", "https://ornek.example/ilkeler");
            assertThat(policy.select(".page-updated")).hasSize(1);
            assertThat(audit.find("pages.text", admin.email(), 1, 0)).singleElement()
                .satisfies(entry -> assertThat(entry.subject()).isEqualTo("yayin-ilkeleri"));
        }

        @Test
        void savingTheShippedTextUnchangedKeepsTheShippedText() {
            StaffMember admin = newsroom.member(Role.ADMIN);
            Newsroom.Session session = newsroom.signIn(admin);
            String path = "/yonetim/sayfalar/kvkk-aydinlatma-metni";
            assertThat(submit(session, path, path, Map.of("body", "Geçici metin.")).statusCode()).isEqualTo(302);
            assertThat(pages.text(TextPage.PRIVACY_NOTICE).shipped()).isFalse();

            // The shipped text typed back in (as a browser sends a textarea: CRLF line ends).
            String shipped = TextPage.PRIVACY_NOTICE.shippedText();
            assertThat(submit(session, path, path, Map.of("body", shipped.replace("\n", "\r\n"))).statusCode()).isEqualTo(302);

            PageText text = pages.text(TextPage.PRIVACY_NOTICE);
            assertThat(text.shipped()).isTrue();
            assertThat(text.body()).isEqualTo(shipped);
            assertThat(text.updatedAt()).isNotNull();
            assertThat(audit.find("pages.text", admin.email(), 1, 0).getFirst().detail()).isEqualTo("varsayılan metin");
        }
    }

    @Nested
    class WhatAdminsTypeIsText {

        @Test
        void markupInImprintFieldsIsShownAsTyped() {
            Newsroom.Session session = newsroom.signIn(newsroom.member(Role.ADMIN));
            String script = "<script>alert('künye')</script>";
            assertThat(submit(session, "/yonetim/sayfalar", "/yonetim/sayfalar/kunye", Map.of(
                "ownerName", script, "ownerCompany", "", "responsibleEditor", "<img src=x onerror=alert(1)>",
                "contactText", "<b>kalın değil</b> [tıkla](javascript:alert(1))")).statusCode()).isEqualTo(302);

            for (String path : List.of("/kunye", "/iletisim")) {
                HttpResponse<String> page = browser.get(path);
                assertThat(page.body()).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x");
                Document document = Jsoup.parse(page.body());
                assertThat(document.select("script").eachAttr("src")).as(path).allMatch(src -> src.startsWith("/assets/"));
                assertThat(document.select("img[onerror]")).as(path).isEmpty();
            }
            assertThat(definitions(browser.page("/kunye"))).containsEntry("İmtiyaz Sahibi", script);
            Document contact = browser.page("/iletisim");
            assertThat(contact.select("article > p").first().text()).isEqualTo("<b>kalın değil</b> [tıkla](javascript:alert(1))");
            assertThat(contact.select("a[href^=javascript]")).isEmpty();
            assertThat(contact.select("article b")).isEmpty();
        }

        @Test
        void markupInATextPageIsShownAsTyped() {
            Newsroom.Session session = newsroom.signIn(newsroom.member(Role.ADMIN));
            assertThat(submit(session, "/yonetim/sayfalar/cerez-politikasi", "/yonetim/sayfalar/cerez-politikasi", Map.of(
                "body", "<script>alert(1)</script>\n\n## <i>başlık</i>\n\n[x](javascript:alert(1)) [y](//kotu.example)"))
                .statusCode()).isEqualTo(302);

            Document page = browser.page("/cerez-politikasi");
            Element article = page.selectFirst("article");
            assertThat(article.select("> p").first().text()).isEqualTo("<script>alert(1)</script>");
            assertThat(article.select("> h2").first().text()).isEqualTo("<i>başlık</i>");
            assertThat(article.select("i, script")).isEmpty();
            assertThat(article.select("a[href^=javascript], a[href^=//]")).isEmpty();
            // The list of cookies comes from the code, not the text: it stays whatever the admins write.
            assertThat(page.select(".cookie-name").eachText()).containsExactly("JSESSIONID", "manset-votes", "manset_okur", "manset-okur");
        }
    }

    @Nested
    class WhenTheInputIsWrong {

        @Test
        void theImprintFormComesBackWithTurkishMessagesAndWhatWasTyped() {
            StaffMember admin = newsroom.member(Role.ADMIN);
            Newsroom.Session session = newsroom.signIn(admin);
            long before = pages.imprint().version();

            HttpResponse<String> refused = submit(session, "/yonetim/sayfalar", "/yonetim/sayfalar/kunye", Map.of(
                "ownerName", "  ", "responsibleEditor", "", "email", "kunye(at)deneme", "newsTipEmail", "ihbar@",
                "phone", "bir iki üç", "hostName", "Yazdığım yer sağlayıcı"));

            assertThat(refused.statusCode()).isEqualTo(400);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.select("[role=alert] li").eachText()).containsExactly(
                "İmtiyaz sahibinin adını yazın (şirketse, şirket adına imtiyaz sahibi olan kişinin adını).",
                "Sorumlu yazı işleri müdürünün adını yazın.",
                "E-posta geçerli bir e-posta adresi değil (örnek: iletisim@alanadi.com.tr).",
                "Haber ihbarı e-postası geçerli bir e-posta adresi değil (örnek: iletisim@alanadi.com.tr).",
                "Telefon numarası yalnızca rakam, boşluk, +, - ve parantez içerebilir.");
            assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
            assertThat(page.select("#email-error").text()).startsWith("E-posta geçerli bir e-posta adresi değil");
            assertThat(page.select("#email").val()).isEqualTo("kunye(at)deneme");
            assertThat(page.select("#hostName").val()).isEqualTo("Yazdığım yer sağlayıcı");
            assertThat(page.select("#phone").val()).isEqualTo("bir iki üç");
            assertThat(pages.imprint().version()).isEqualTo(before);
            assertThat(audit.find("pages.imprint", admin.email(), 10, 0)).isEmpty();
        }

        @Test
        void anEmptyTextIsRefusedAndNothingChanges() {
            Newsroom.Session session = newsroom.signIn(newsroom.member(Role.ADMIN));
            PageText before = pages.text(TextPage.PRIVACY_NOTICE);

            HttpResponse<String> refused = submit(session, "/yonetim/sayfalar/kvkk-aydinlatma-metni",
                "/yonetim/sayfalar/kvkk-aydinlatma-metni", Map.of("body", " \n \n"));

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text()).startsWith("Metin boş olamaz.");
            assertThat(pages.text(TextPage.PRIVACY_NOTICE)).isEqualTo(before);
        }

        @Test
        void aFormWithoutItsVersionIsRefused() {
            Newsroom.Session session = newsroom.signIn(newsroom.member(Role.ADMIN));
            Map<String, String> fields = new LinkedHashMap<>(fields(session.page("/yonetim/sayfalar"), "/yonetim/sayfalar/kunye"));
            fields.putAll(Map.of("ownerName", "Deniz Ak", "responsibleEditor", "Ece Kar", "version", "eski"));
            HttpResponse<String> refused = session.postRaw("/yonetim/sayfalar/kunye", entries(fields));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(refused.body()).select("[role=alert] li").eachText())
                .containsExactly("Form eksik gönderildi; sayfayı yenileyip yeniden deneyin.");
        }

        @Test
        void anUnknownPageIsNotFound() {
            Newsroom.Session session = newsroom.signIn(newsroom.member(Role.ADMIN));
            assertThat(session.get("/yonetim/sayfalar/hakkimizda").statusCode()).isEqualTo(404);
        }
    }

    @Nested
    class WhenTwoAdminsEditAtOnce {

        @Test
        void theSecondSaveOfTheImprintIsRefusedWithBothVersionsShown() {
            Newsroom.Session first = newsroom.signIn(newsroom.member(Role.ADMIN));
            Newsroom.Session second = newsroom.signIn(newsroom.member(Role.ADMIN));
            Map<String, String> firstForm = fields(first.page("/yonetim/sayfalar"), "/yonetim/sayfalar/kunye");
            Map<String, String> secondForm = fields(second.page("/yonetim/sayfalar"), "/yonetim/sayfalar/kunye");

            firstForm.putAll(Map.of("ownerName", "Birinci Yönetici", "ownerCompany", "", "responsibleEditor", "Ece Kar",
                "phone", "0312 111 11 11"));
            assertThat(first.postRaw("/yonetim/sayfalar/kunye", entries(firstForm)).statusCode()).isEqualTo(302);

            secondForm.putAll(Map.of("ownerName", "İkinci Yönetici", "ownerCompany", "", "responsibleEditor", "Ece Kar",
                "phone", "0312 222 22 22"));
            HttpResponse<String> conflict = second.postRaw("/yonetim/sayfalar/kunye", entries(secondForm));

            assertThat(conflict.statusCode()).isEqualTo(409);
            Document page = Jsoup.parse(conflict.body());
            assertThat(page.select("[role=alert]").text()).contains("başka bir yönetici kaydetti");
            assertThat(page.select("#ownerName").val()).isEqualTo("İkinci Yönetici");
            assertThat(page.select("#ownerName ~ .nr-saved").text()).isEqualTo("Şu an kayıtlı olan: Birinci Yönetici");
            assertThat(page.select("#phone ~ .nr-saved").text()).isEqualTo("Şu an kayıtlı olan: 0312 111 11 11");
            assertThat(page.select("#responsibleEditor ~ .nr-saved")).isEmpty();
            assertThat(definitions(browser.page("/kunye"))).containsEntry("İmtiyaz Sahibi", "Birinci Yönetici");

            // Having seen both, the second admin saves again from the conflict page: now theirs wins.
            Map<String, String> again = fields(page, "/yonetim/sayfalar/kunye");
            assertThat(second.postRaw("/yonetim/sayfalar/kunye", entries(again)).statusCode()).isEqualTo(302);
            assertThat(definitions(browser.page("/kunye"))).containsEntry("İmtiyaz Sahibi", "İkinci Yönetici");
        }

        @Test
        void theSecondSaveOfATextPageIsRefusedWithTheSavedTextShown() {
            Newsroom.Session first = newsroom.signIn(newsroom.member(Role.ADMIN));
            Newsroom.Session second = newsroom.signIn(newsroom.member(Role.ADMIN));
            String path = "/yonetim/sayfalar/kvkk-aydinlatma-metni";
            Map<String, String> firstForm = fields(first.page(path), path);
            Map<String, String> secondForm = fields(second.page(path), path);

            firstForm.put("body", "Birinci yöneticinin metni.");
            assertThat(first.postRaw(path, entries(firstForm)).statusCode()).isEqualTo(302);
            secondForm.put("body", "İkinci yöneticinin metni.");
            HttpResponse<String> conflict = second.postRaw(path, entries(secondForm));

            assertThat(conflict.statusCode()).isEqualTo(409);
            Document page = Jsoup.parse(conflict.body());
            assertThat(page.select("textarea#body").first().wholeText()).isEqualTo("İkinci yöneticinin metni.");
            assertThat(page.select(".nr-conflict pre").text()).isEqualTo("Birinci yöneticinin metni.");
            assertThat(browser.page("/kvkk-aydinlatma-metni").select("article > p").eachText()).contains("Birinci yöneticinin metni.");
        }
    }

    @Nested
    class ForOtherRoles {

        @Test
        void everyOtherRoleIsForbiddenAndChangesNothing() {
            long imprintVersion = pages.imprint().version();
            long textVersion = pages.text(TextPage.COOKIE_POLICY).version();
            for (Role role : List.of(Role.EDITOR_IN_CHIEF, Role.EDITOR, Role.REPORTER, Role.MODERATOR)) {
                Newsroom.Session session = newsroom.signIn(newsroom.member(role));
                assertThat(session.get("/yonetim/sayfalar").statusCode()).as(role.name()).isEqualTo(403);
                assertThat(session.get("/yonetim/sayfalar/cerez-politikasi").statusCode()).as(role.name()).isEqualTo(403);
                assertThat(session.post("/yonetim/sayfalar/kunye", Map.of("ownerName", "Yetkisiz", "responsibleEditor", "Yetkisiz",
                    "version", imprintVersion), "/yonetim").statusCode()).as(role.name()).isEqualTo(403);
                assertThat(session.post("/yonetim/sayfalar/cerez-politikasi", Map.of("body", "Yetkisiz metin",
                    "version", textVersion), "/yonetim").statusCode()).as(role.name()).isEqualTo(403);
                assertThat(session.page("/yonetim").select("a[href=/yonetim/sayfalar]")).as(role.name()).isEmpty();
            }
            assertThat(pages.imprint().version()).isEqualTo(imprintVersion);
            assertThat(pages.text(TextPage.COOKIE_POLICY).version()).isEqualTo(textVersion);
            assertThat(newsroom.signIn(newsroom.member(Role.ADMIN)).page("/yonetim").select("a[href=/yonetim/sayfalar]")).hasSize(1);
        }

        @Test
        void nobodySignedInIsSentToTheSignInPageAndAPostWithoutTokenIsRefused() {
            HttpResponse<String> anonymous = browser.get("/yonetim/sayfalar");
            assertThat(anonymous.statusCode()).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/yonetim/giris");

            Newsroom.Session admin = newsroom.signIn(newsroom.member(Role.ADMIN));
            long version = pages.imprint().version();
            HttpResponse<String> withoutToken = admin.postRaw("/yonetim/sayfalar/kunye", List.of(
                Map.entry("ownerName", "Sahte"), Map.entry("responsibleEditor", "Sahte"), Map.entry("version", version)));
            assertThat(withoutToken.statusCode()).isEqualTo(403);
            assertThat(pages.imprint().version()).isEqualTo(version);
        }
    }

    @Nested
    class Categories {

        @Test
        void cannotTakeTheAddressOfASitePage() {
            Newsroom.Session admin = newsroom.signIn(newsroom.member(Role.ADMIN));
            for (String name : List.of("Künye", "İletişim", "Yayın İlkeleri", "KVKK Aydınlatma Metni", "Çerez Politikası",
                "Yorum Kuralları")) {
                HttpResponse<String> refused = admin.post("/yonetim/kategoriler", Map.of("name", name, "position", 9),
                    "/yonetim/kategoriler");
                assertThat(refused.statusCode()).as(name).isEqualTo(400);
                assertThat(Jsoup.parse(refused.body()).select(".flash-error").text()).as(name)
                    .isEqualTo("Bu adres kullanılamaz; başka bir ad ya da adres seçin.");
            }
        }
    }

    @Nested
    class Footer {

        @Test
        void everyKindOfReaderPageLinksTheSitePages() {
            Category category = fixtures.category("Kurumsal Deneme");
            Author author = fixtures.author("Nehir Ulu", "Muhabir");
            Article story = fixtures.story("Alt bilgi bağlantıları deneme haberi").in(category).by(author).tagged("Altbilgi").publish();
            String storyPath = story.path(category.slug());

            List<String> kinds = new ArrayList<>(List.of("/", category.path(), storyPath, storyPath + "/yorumlar", author.path(),
                "/etiket/altbilgi", "/arama?q=deneme", "/abone-ol", "/bulunmayan-sayfa"));
            kinds.addAll(FOOTER);
            for (String path : kinds) {
                HttpResponse<String> page = browser.get(path);
                assertThat(page.statusCode()).as(path).isIn(200, 404);
                Document document = Jsoup.parse(page.body());
                assertThat(document.select("footer nav[aria-label=Kurumsal] a").eachAttr("href")).as(path)
                    .containsExactlyElementsOf(FOOTER);
                assertThat(document.select("footer nav[aria-label=Kurumsal] a").eachText()).as(path).containsExactly(
                    "Künye", "İletişim", "Yayın İlkeleri", "Yorum Kuralları", "KVKK Aydınlatma Metni", "Çerez Politikası");
            }
            for (String link : FOOTER) {
                assertThat(browser.get(link).statusCode()).as(link).isEqualTo(200);
            }
        }
    }

    @Nested
    class Bylines {

        @Test
        void everyBylineLeadsToAnAuthorPageWithNameAndBio() {
            Author first = fixtures.author("Lale Tan", "Muhabir");
            Author second = fixtures.author("Ozan Er", "Ekonomi Editörü");
            Category category = fixtures.category("İmza Deneme");
            Article story = fixtures.story("İki imzalı deneme haberi").in(category).by(first, second).publish();

            Document page = browser.page(story.path(category.slug()));
            List<String> bylines = page.select("a[rel=author], .author-box a").eachAttr("href");
            assertThat(bylines).contains(first.path(), second.path());
            for (String href : bylines) {
                Author author = href.equals(first.path()) ? first : second;
                Document authorPage = browser.page(href);
                assertThat(authorPage.select("h1").text()).as(href).isEqualTo(author.name());
                assertThat(authorPage.select(".author-about p").text()).as(href).isEqualTo(author.bio());
            }
        }
    }

    /** Puts the pages back as the migration leaves them, as on a site nobody has edited yet. */
    private void backToFreshSite() {
        db.sql("""
                UPDATE site_imprint
                SET owner_name = '', owner_company = '', responsible_editor = '', editors = '', address = '', email = '',
                    phone = '', uets_address = '', host_name = '', host_address = '', news_tip_email = '',
                    correction_email = '', contact_text = '', version = version + 1, updated_at = NULL, updated_by = NULL
                """).update();
        db.sql("UPDATE site_texts SET body = '', version = version + 1, updated_at = NULL, updated_by = NULL").update();
    }

    /** The page's dt/dd pairs; of two with the same term, the first. */
    static Map<String, String> definitions(Document page) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Element term : page.select("main dl dt")) {
            Element value = term.nextElementSibling();
            pairs.putIfAbsent(term.text(), value == null ? "" : value.text());
        }
        return pairs;
    }

    /** The fields a browser would send for the form posting to {@code action}, line breaks kept. */
    static Map<String, String> fields(Document page, String action) {
        Element form = page.selectFirst("form[action=" + action + "]");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name]")) {
            fields.put(field.attr("name"), field.is("textarea") ? field.wholeText() : field.attr("value"));
        }
        return fields;
    }

    /** Fills in the form on {@code formPage} over what it shows, and submits it with its token and version. */
    static HttpResponse<String> submit(Newsroom.Session session, String formPage, String action, Map<String, String> changes) {
        Map<String, String> fields = fields(session.page(formPage), action);
        fields.putAll(changes);
        return session.postRaw(action, entries(fields));
    }

    static List<Map.Entry<String, ?>> entries(Map<String, String> fields) {
        return new ArrayList<>(fields.entrySet());
    }
}
