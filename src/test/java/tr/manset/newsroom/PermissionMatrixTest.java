package tr.manset.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Newsroom;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.article.Articles;
import tr.manset.article.Block;
import tr.manset.article.Body;
import tr.manset.comment.CommentMode;
import tr.manset.article.Content;
import tr.manset.article.NewsDesk;
import tr.manset.category.Category;
import tr.manset.pages.SitePages;
import tr.manset.pages.TextPage;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;
import tr.manset.system.time.TurkishTime;

/**
 * Walks every newsroom route with every role (docs/permissions.md): what is allowed works, what
 * is forbidden answers 403 and changes nothing.
 */
@SiteTest
class PermissionMatrixTest {

    enum Who { ADMIN, CHIEF, DESK_EDITOR, OTHER_EDITOR, REPORTER, MODERATOR }

    /** A story in the desk editor's category, in the state the route needs, written by the chief. */
    enum State { DRAFT, IN_REVIEW, PUBLISHED }

    record Route(String name, String method, String path, State state, Set<Who> allowed) {}

    static final Set<Who> EVERYONE = Set.of(Who.values());
    static final Set<Who> WRITERS = Set.of(Who.ADMIN, Who.CHIEF, Who.DESK_EDITOR, Who.OTHER_EDITOR, Who.REPORTER);
    static final Set<Who> DESK = Set.of(Who.ADMIN, Who.CHIEF, Who.DESK_EDITOR);
    static final Set<Who> MODERATORS = Set.of(Who.ADMIN, Who.CHIEF, Who.MODERATOR);

    static final List<Route> ROUTES = List.of(
        new Route("dashboard", "GET", "/yonetim", null, EVERYONE),
        new Route("story list", "GET", "/yonetim/haberler", null, WRITERS),
        new Route("new story form", "GET", "/yonetim/haberler/yeni", null, WRITERS),
        new Route("create story in the desk's category", "POST", "/yonetim/haberler", null,
            Set.of(Who.ADMIN, Who.CHIEF, Who.DESK_EDITOR, Who.REPORTER)),
        new Route("editor page", "GET", "/yonetim/haberler/{id}", State.DRAFT, DESK),
        new Route("save", "POST", "/yonetim/haberler/{id}", State.DRAFT, DESK),
        new Route("submit for review", "POST", "/yonetim/haberler/{id}/gonder", State.DRAFT, DESK),
        new Route("return to draft", "POST", "/yonetim/haberler/{id}/geri-gonder", State.IN_REVIEW, DESK),
        new Route("schedule", "POST", "/yonetim/haberler/{id}/zamanla", State.DRAFT, DESK),
        new Route("publish", "POST", "/yonetim/haberler/{id}/yayimla", State.DRAFT, DESK),
        new Route("mark updated", "POST", "/yonetim/haberler/{id}/guncelle", State.PUBLISHED, DESK),
        new Route("unpublish", "POST", "/yonetim/haberler/{id}/yayindan-kaldir", State.PUBLISHED, DESK),
        new Route("preview", "GET", "/yonetim/haberler/{id}/onizleme", State.DRAFT, DESK),
        new Route("revisions", "GET", "/yonetim/haberler/{id}/surumler", State.DRAFT, DESK),
        new Route("restore revision", "POST", "/yonetim/haberler/{id}/surumler/1/geri-yukle", State.DRAFT, DESK),
        new Route("delete confirmation", "GET", "/yonetim/haberler/{id}/sil", State.DRAFT, DESK),
        new Route("delete", "POST", "/yonetim/haberler/{id}/sil", State.DRAFT, DESK),
        new Route("media library", "GET", "/yonetim/medya", null, WRITERS),
        new Route("image picker search", "GET", "/yonetim/medya/ara", null, WRITERS),
        new Route("categories", "GET", "/yonetim/kategoriler", null, Set.of(Who.ADMIN, Who.CHIEF)),
        new Route("tags", "GET", "/yonetim/etiketler", null, Set.of(Who.ADMIN, Who.CHIEF)),
        new Route("authors", "GET", "/yonetim/yazarlar", null, Set.of(Who.ADMIN, Who.CHIEF)),
        new Route("staff", "GET", "/yonetim/kullanicilar", null, Set.of(Who.ADMIN)),
        new Route("own password form", "GET", "/yonetim/parola", null, EVERYONE),
        new Route("own API tokens", "GET", "/yonetim/anahtarlar", null, EVERYONE),
        new Route("audit log", "GET", "/yonetim/denetim", null, Set.of(Who.ADMIN)),
        new Route("moderation queues", "GET", "/yonetim/moderasyon?kuyruk=sikayet", null, MODERATORS),
        new Route("moderation decision", "POST", "/yonetim/moderasyon/karar", null, MODERATORS),
        new Route("commenter history", "GET", "/yonetim/moderasyon/yorumcu/ip:yok", null, MODERATORS),
        new Route("bans", "GET", "/yonetim/moderasyon/engeller", null, MODERATORS),
        new Route("term lists", "GET", "/yonetim/moderasyon/kelimeler", null, MODERATORS),
        new Route("moderation settings", "GET", "/yonetim/moderasyon/ayarlar", null, Set.of(Who.ADMIN, Who.CHIEF)),
        new Route("takedown requests", "GET", "/yonetim/moderasyon/kaldirma", null, MODERATORS),
        new Route("takedown export", "GET", "/yonetim/moderasyon/kaldirma.csv", null, MODERATORS),
        new Route("traffic log", "GET", "/yonetim/moderasyon/trafik", null, Set.of(Who.ADMIN)),
        new Route("traffic export", "GET", "/yonetim/moderasyon/trafik.csv", null, Set.of(Who.ADMIN)),
        new Route("search index", "GET", "/yonetim/arama", null, Set.of(Who.ADMIN)),
        new Route("KVKK request log", "GET", "/yonetim/kvkk", null, Set.of(Who.ADMIN)),
        new Route("site pages", "GET", "/yonetim/sayfalar", null, Set.of(Who.ADMIN)),
        new Route("save imprint", "POST", "/yonetim/sayfalar/kunye", null, Set.of(Who.ADMIN)),
        new Route("text page editor", "GET", "/yonetim/sayfalar/yayin-ilkeleri", null, Set.of(Who.ADMIN)),
        new Route("save text page", "POST", "/yonetim/sayfalar/yayin-ilkeleri", null, Set.of(Who.ADMIN)),
        new Route("mailings", "GET", "/yonetim/bultenler", null, Set.of(Who.ADMIN, Who.CHIEF, Who.DESK_EDITOR, Who.OTHER_EDITOR)),
        new Route("Son Dakika alert form", "GET", "/yonetim/bultenler/son-dakika/{id}", State.PUBLISHED, DESK),
        new Route("send a Son Dakika alert", "POST", "/yonetim/bultenler/son-dakika/{id}", State.PUBLISHED, DESK),
        new Route("blocked addresses", "GET", "/yonetim/bultenler/engellenenler", null, Set.of(Who.ADMIN)));

    @Autowired Newsroom newsroom;
    @Autowired SiteFixtures fixtures;
    @Autowired NewsDesk desk;
    @Autowired Articles articles;
    @Autowired SitePages sitePages;

    @Test
    void everyRoleGetsExactlyWhatTheMatrixAllows() {
        Category economy = fixtures.category("Ekonomi");
        Category sport = fixtures.category("Spor");
        long author = fixtures.author("Derya Karaca", "Editör").id();
        StaffMember chief = newsroom.member(Role.EDITOR_IN_CHIEF);
        Map<Who, StaffMember> people = new LinkedHashMap<>();
        people.put(Who.ADMIN, newsroom.member(Role.ADMIN));
        people.put(Who.CHIEF, newsroom.member(Role.EDITOR_IN_CHIEF));
        people.put(Who.DESK_EDITOR, newsroom.member(Role.EDITOR, economy.id()));
        people.put(Who.OTHER_EDITOR, newsroom.member(Role.EDITOR, sport.id()));
        people.put(Who.REPORTER, newsroom.member(Role.REPORTER));
        people.put(Who.MODERATOR, newsroom.member(Role.MODERATOR));
        Function<State, Article> story = state -> {
            Content content = new Content("Yetki denemesi " + System.nanoTime(), "", Body.of(new Block.Paragraph("Metin")),
                economy.id(), List.of(author), List.of(), "", null, null, CommentMode.OPEN);
            Article created = desk.create(content, chief, "");
            return switch (state) {
                case DRAFT -> created;
                case IN_REVIEW -> desk.submit(created.id(), chief, "");
                case PUBLISHED -> desk.publish(created.id(), chief, "");
            };
        };

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Who, StaffMember> person : people.entrySet()) {
            Newsroom.Session session = newsroom.signIn(person.getValue());
            for (Route route : ROUTES) {
                Article before = route.state() == null ? null : story.apply(route.state());
                String path = before == null ? route.path() : route.path().replace("{id}", String.valueOf(before.id()));
                HttpResponse<String> response = route.method().equals("GET")
                    ? session.get(path)
                    : session.post(path, form(route, before, economy, author), "/yonetim");
                boolean allowed = route.allowed().contains(person.getKey());
                int status = response.statusCode();
                boolean ok = allowed ? (status == 200 || status == 302) : status == 403;
                if (!ok) {
                    wrong.add(person.getKey() + " " + route.name() + ": " + status);
                }
                if (allowed && route.name().equals("delete") && articles.find(before.id()).isPresent()) {
                    wrong.add(person.getKey() + " " + route.name() + ": the story is still there");
                }
                if (!allowed && before != null) {
                    Article after = articles.find(before.id()).orElseThrow();
                    if (after.version() != before.version() || after.status() != before.status()) {
                        wrong.add(person.getKey() + " " + route.name() + ": changed the story although forbidden");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private Map<String, Object> form(Route route, Article before, Category economy, long author) {
        if (route.name().equals("save imprint")) {
            return Map.of("ownerName", "Yetki Denemesi", "responsibleEditor", "Yetki Denemesi",
                "version", sitePages.imprint().version());
        }
        if (route.name().equals("save text page")) {
            return Map.of("body", "Yetki denemesi metni.", "version", sitePages.text(TextPage.EDITORIAL_POLICY).version());
        }
        if (route.name().equals("schedule")) {
            String tomorrow = TurkishTime.iso(Instant.now().plus(1, ChronoUnit.DAYS)).substring(0, 16);
            return Map.of("zaman", tomorrow);
        }
        if (route.name().equals("moderation decision")) {
            return Map.of("yorum", 999_999_999L, "islem", "onayla");
        }
        if (route.name().equals("save") || route.name().startsWith("create")) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("headline", "Yetki denemesi kaydı");
            form.put("body", "<p>Metin</p>");
            form.put("categoryId", economy.id());
            form.put("authorIds", List.of(author));
            if (before != null) {
                form.put("version", before.version());
            }
            return form;
        }
        return Map.of();
    }
}
