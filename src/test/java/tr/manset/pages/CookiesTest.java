package tr.manset.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Browser;
import tr.manset.Mailbox;
import tr.manset.Newsroom;
import tr.manset.ReaderBrowser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.author.Author;
import tr.manset.category.Category;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;

/**
 * No cookie banner is needed because readers get no cookie: every reader page and every reader
 * form answers without Set-Cookie. Staff get the session cookie, and the cookie policy names
 * every cookie and browser storage entry the site sets.
 */
@SiteTest
class CookiesTest {

    @Autowired Browser browser;
    @Autowired Newsroom newsroom;
    @Autowired SiteFixtures fixtures;
    @Autowired Mailbox mailbox;

    /** A reader's browser without JavaScript: sends what a form sends, follows nothing by itself. */
    private final HttpClient reader = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    @Test
    void aReaderBrowsingAndCommentingGetsNoCookieAtAll() {
        Category category = fixtures.category("Çerezsiz Okuma");
        Author author = fixtures.author("Umut Sağ", "Muhabir");
        Article story = fixtures.story("Çerezsiz okuma deneme haberi").in(category).by(author).tagged("Çerezsiz").publish();
        String storyPath = story.path(category.slug());

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String path : List.of("/", category.path(), storyPath, storyPath + "/yorumlar", author.path(), "/etiket/cerezsiz",
            "/arama?q=%C3%A7erezsiz", "/arama/oneri?q=cerez", "/abone-ol", "/yorum-kurallari", "/kunye", "/iletisim",
            "/yayin-ilkeleri", "/kvkk-aydinlatma-metni", "/cerez-politikasi", "/rss.xml", "/sitemap.xml", "/robots.txt",
            "/okunma/" + story.id() + ".gif", "/bulunmayan-sayfa", "/yorum/parca/" + story.id())) {
            answers.add(get(path, storyPath));
        }
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.uri().toString()).isIn(200, 404));

        // A signed-out visit to a newsroom page is sent to the sign-in page without being remembered.
        HttpResponse<String> newsroomPage = get("/yonetim/haberler", storyPath);
        assertThat(newsroomPage.statusCode()).isEqualTo(302);
        answers.add(newsroomPage);

        // Posting a comment without JavaScript: the form post, then the receipt page it leads to.
        HttpResponse<String> posted = post("/yorum/yaz/" + story.id(), Map.of("ad", "Çerezsiz Okur",
            "eposta", "okur@cerez.example", "metin", "Çerez bırakılmadan yazılan bir yorum."), storyPath, false);
        assertThat(posted.statusCode()).isEqualTo(303);
        answers.add(posted);
        String receipt = posted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        answers.add(get(receipt, storyPath));
        long commentId = Long.parseLong(receipt.replaceAll(".*/yorum/(\\d+)/durum.*", "$1"));

        // The same with JavaScript, and the other reader forms: reply, vote, report, the page-view beacon.
        answers.add(post("/yorum/yaz/" + story.id(), Map.of("ad", "Betikli Okur", "metin", "Betikle gönderilen yorum."),
            storyPath, true));
        answers.add(get("/yorum/" + commentId + "/cevapla", storyPath));
        answers.add(post("/yorum/yaz/" + story.id(), Map.of("ad", "Cevaplayan", "metin", "Bir cevap.", "ust", commentId),
            storyPath, false));
        answers.add(post("/yorum/" + commentId + "/oy", Map.of("yon", "begen"), storyPath, true));
        answers.add(get("/yorum/" + commentId + "/sikayet", storyPath));
        answers.add(post("/yorum/" + commentId + "/sikayet", Map.of("neden", "SPAM", "aciklama", "Deneme"), storyPath, false));
        answers.add(post("/okunma/" + story.id(), Map.of(), storyPath, false));
        // A form post from another site is refused, still without a cookie.
        answers.add(post("/yorum/yaz/" + story.id(), Map.of("ad", "Başka Site", "metin", "Sahte istek."), "https://kotu.example/", false));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.headers().allValues("Set-Cookie"))
            .as(answer.request().method() + " " + answer.uri() + " (" + answer.statusCode() + ")").isEmpty());
        assertThat(answers.getLast().statusCode()).isEqualTo(403);
    }

    @Test
    void theCookiePolicyNamesEveryCookieStaffGetAndEveryBrowserStorageEntry() throws IOException {
        StaffMember editor = newsroom.member(Role.EDITOR_IN_CHIEF);
        Newsroom.Session session = newsroom.anonymous();
        Set<String> set = new LinkedHashSet<>();
        HttpResponse<String> signInPage = session.get("/yonetim/giris");
        set.addAll(cookieNames(signInPage));
        String token = Jsoup.parse(signInPage.body()).select("input[name=_csrf]").attr("value");
        HttpResponse<String> signedIn = session.postRaw("/yonetim/giris", List.of(Map.entry("eposta", editor.email()),
            Map.entry("parola", Newsroom.PASSWORD), Map.entry("_csrf", token)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        set.addAll(cookieNames(signedIn));
        set.addAll(cookieNames(session.get("/yonetim")));
        set.addAll(cookieNames(session.get("/yonetim/haberler")));
        set.addAll(cookieNames(session.post("/yonetim/cikis", Map.of(), "/yonetim")));
        assertThat(set).as("cookies the newsroom sets").isNotEmpty();

        // A reader who signs up, confirms the mailed link, and signs in and out.
        String email = "cerez-okur@cerez.example";
        ReaderBrowser reader = new ReaderBrowser(browser);
        reader.post("/kayit", ReaderBrowser.form("eposta", email, "ad", "Çerezli Okur", "parola", "Cerez-Parolasi-2026"));
        String link = ReaderBrowser.linkIn(mailbox.only(email), "/e-posta-dogrula");
        HttpResponse<String> confirmed = reader.post("/e-posta-dogrula", ReaderBrowser.form("t", ReaderBrowser.tokenOf(link)));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        Set<String> readerCookies = cookieNames(confirmed);
        readerCookies.addAll(cookieNames(reader.postSignedIn("/cikis", Map.of(), "/hesap")));
        readerCookies.addAll(cookieNames(reader.post("/giris", ReaderBrowser.form("eposta", email, "parola", "Cerez-Parolasi-2026"))));
        assertThat(readerCookies).as("cookies a signed-in reader gets").containsExactly("manset_okur");
        set.addAll(readerCookies);

        Set<String> stored = new LinkedHashSet<>();
        for (String script : List.of("site.js", "editor.js", "autosave.js", "moderation.js")) {
            try (InputStream in = getClass().getResourceAsStream("/static/assets/" + script)) {
                Matcher keys = Pattern.compile("(?:localStorage|sessionStorage)\\.setItem\\('([^']+)'")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (keys.find()) {
                    stored.add(keys.group(1));
                }
            }
        }
        assertThat(stored).as("browser storage the scripts write").containsExactlyInAnyOrder("manset-votes", "manset-okur");

        Document policy = browser.page("/cerez-politikasi");
        List<String> listed = policy.select(".cookie-name").eachText();
        assertThat(listed).containsAll(set).containsAll(stored);
        assertThat(listed).hasSize(set.size() + stored.size());
    }

    private static Set<String> cookieNames(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
            .map(cookie -> cookie.substring(0, cookie.indexOf('=')).strip())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private HttpResponse<String> get(String path, String from) {
        return send(HttpRequest.newBuilder(URI.create(browser.base() + path)).GET()
            .header("Referer", browser.base() + from));
    }

    /** A reader's form post from {@code from} (a path on the site or another site's address). */
    private HttpResponse<String> post(String path, Map<String, ?> fields, String from, boolean json) {
        String body = fields.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        String origin = from.startsWith("http") ? URI.create(from).resolve("/").toString().replaceAll("/$", "") : browser.base();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.base() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", origin)
            .header("Referer", from.startsWith("http") ? from : browser.base() + from)
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (json) {
            request.header("Accept", "application/json");
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return reader.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
