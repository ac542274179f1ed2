package tr.manset.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndPerson;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Browser;
import tr.manset.Newsroom;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.article.Block;
import tr.manset.article.Content;
import tr.manset.article.NewsDesk;
import tr.manset.author.Author;
import tr.manset.author.Authors;
import tr.manset.category.Categories;
import tr.manset.category.Category;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;

@SiteTest
class FeedTest {

    private static final String BASE = Feeds.BASE;
    private static final Namespace MEDIA = Namespace.getNamespace("http://search.yahoo.com/mrss/");

    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;
    @Autowired NewsDesk desk;
    @Autowired Newsroom newsroom;
    @Autowired Categories categories;
    @Autowired Authors authors;

    Feeds feeds;

    @BeforeEach
    void readFeeds() {
        feeds = new Feeds(browser);
    }

    @Nested
    class WhatTheyList {

        @Test
        void siteFeedsListPublishedStoriesNewestFirst() {
            Category culture = fixtures.category("Kültür-Sanat");
            // Published now, not minutes ago: other tests in this context publish stories too, and
            // the feed holds only the newest thirty.
            Article older = fixtures.story("Akşam & sabah: \"RSS\" <deneme> haberi").in(culture).publish();
            Article newer = fixtures.story("Sonra yayımlanan kültür haberi").in(culture).publish();
            Article draft = fixtures.story("Akışta olmaması gereken taslak").in(culture).saveAsDraft();
            Article withdrawn = fixtures.story("Yayından kaldırılan kültür haberi").in(culture).publish();
            desk.unpublish(withdrawn.id(), newsroom.member(Role.EDITOR_IN_CHIEF), "");

            Channel rss = feeds.rss("/rss.xml");
            com.rometools.rome.feed.atom.Feed atom = feeds.atom("/atom.xml");

            List<String> rssTitles = rss.getItems().stream().map(Item::getTitle).toList();
            List<String> atomTitles = atom.getEntries().stream().map(Entry::getTitle).toList();
            for (List<String> titles : List.of(rssTitles, atomTitles)) {
                assertThat(titles).containsSubsequence(newer.headline(), "Akşam & sabah: \"RSS\" <deneme> haberi")
                    .doesNotContain(draft.headline(), withdrawn.headline());
            }
            assertThat(rss.getLanguage()).isEqualTo("tr");
            assertThat(rss.getLink()).isEqualTo(BASE + "/");
            assertThat(item(rss, older).getLink()).isEqualTo(BASE + older.path("kultur-sanat"));
            assertThat(alternate(entry(atom, older))).isEqualTo(BASE + older.path("kultur-sanat"));
            assertThat(feeds.xml("/atom.xml").select("feed").attr("xml:lang")).isEqualTo("tr");
            assertThat(atom.getId()).isEqualTo("tag:localhost,2026:akis");
            assertThat(atom.getOtherLinks()).extracting(Link::getRel, Link::getHref)
                .contains(tuple("self", BASE + "/atom.xml"));
        }

        @Test
        void categoryAuthorAndTagFeedsListOnlyTheirStories() {
            Author writer = fixtures.author("Akış Yazarı", "Muhabir");
            Author other = fixtures.author("Başka Yazar", "Muhabir");
            Article inside = fixtures.story("Teknoloji akışındaki haber").in(fixtures.category("Akış Teknolojisi")).by(writer)
                .tagged("Akış Zekâsı").publish();
            Article outside = fixtures.story("Başka kategorideki haber").in(fixtures.category("Akış Sporu")).by(other)
                .tagged("Süper Lig").publish();
            Article draft = fixtures.story("Teknoloji taslağı").in(fixtures.category("Akış Teknolojisi")).by(writer)
                .tagged("Akış Zekâsı").saveAsDraft();

            for (String listing : List.of("/akis-teknolojisi", "/yazar/akis-yazari", "/etiket/akis-zekasi")) {
                assertThat(feeds.rss(listing + "/rss.xml").getItems()).extracting(Item::getTitle)
                    .as(listing).containsExactly(inside.headline());
                assertThat(feeds.atom(listing + "/atom.xml").getEntries()).extracting(Entry::getTitle)
                    .as(listing).containsExactly(inside.headline())
                    .doesNotContain(outside.headline(), draft.headline());
            }
            assertThat(feeds.rss("/akis-sporu/rss.xml").getItems()).extracting(Item::getTitle).contains(outside.headline())
                .doesNotContain(inside.headline());
            Channel tagFeed = feeds.rss("/etiket/akis-zekasi/rss.xml");
            assertThat(tagFeed.getTitle()).isEqualTo("Manşet - Akış Zekâsı");
            assertThat(tagFeed.getLink()).isEqualTo(BASE + "/etiket/akis-zekasi");
        }

        @Test
        void holdTheNewestThirtyStories() {
            Category busy = fixtures.category("Yoğun Masa");
            for (int i = 0; i < 31; i++) {
                fixtures.story("Yoğun masa haberi " + i).in(busy).withoutHero()
                    .publishedAt(Instant.now().minus(Duration.ofMinutes(60 - i))).publish();
            }

            List<String> titles = feeds.rss("/yogun-masa/rss.xml").getItems().stream().map(Item::getTitle).toList();

            assertThat(titles).hasSize(30).startsWith("Yoğun masa haberi 30").endsWith("Yoğun masa haberi 1");
            assertThat(feeds.atom("/yogun-masa/atom.xml").getEntries()).hasSize(30);
        }

        @Test
        void aStrayControlCharacterInAHeadlineLeavesTheFeedsReadable() {
            fixtures.story("Görünmez\u0001 karakterli\u000B başlık").in(fixtures.category("Bozuk Karakter")).publish();

            assertThat(feeds.rss("/bozuk-karakter/rss.xml").getItems()).extracting(Item::getTitle)
                .containsExactly("Görünmez karakterli başlık");
            assertThat(feeds.atom("/bozuk-karakter/atom.xml").getEntries()).extracting(Entry::getTitle)
                .containsExactly("Görünmez karakterli başlık");
        }

        @Test
        void unknownListingsAreNotFound() {
            for (String path : List.of("/olmayan/rss.xml", "/olmayan/atom.xml", "/yazar/olmayan/rss.xml",
                    "/yazar/olmayan/atom.xml", "/etiket/olmayan/rss.xml", "/etiket/olmayan/atom.xml")) {
                HttpResponse<String> response = browser.get(path);
                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(response.body()).as(path).contains("Bu sayfa bulunamadı");
            }
        }
    }

    @Nested
    class Ids {

        @Test
        void anEntryKeepsItsIdWhenTheStoryIsRenamedAndMoved() {
            Category first = fixtures.category("Kimlik Masası");
            Category second = fixtures.category("Kimlik Arşivi");
            Article story = fixtures.story("Kimliği değişmeyen haber").in(first).publish();
            String before = item(feeds.rss("/kimlik-masasi/rss.xml"), story).getGuid().getValue();

            StaffMember chief = newsroom.member(Role.EDITOR_IN_CHIEF);
            Content content = story.content();
            desk.save(story.id(), story.version(), new Content("Başlığı düzeltilen haber", content.spot(), content.body(),
                second.id(), content.authorIds(), content.tags(), content.source(), content.hero(), content.leadRank(),
                content.commentMode()), chief, "");

            Item moved = feeds.rss("/kimlik-arsivi/rss.xml").getItems().getFirst();
            assertThat(moved.getTitle()).isEqualTo("Başlığı düzeltilen haber");
            assertThat(moved.getLink()).isEqualTo(BASE + story.path("kimlik-arsivi")).isNotEqualTo(BASE + story.path("kimlik-masasi"));
            assertThat(moved.getGuid().getValue()).isEqualTo(before);
            assertThat(moved.getGuid().isPermaLink()).isFalse();
            assertThat(entry(feeds.atom("/kimlik-arsivi/atom.xml"), moved.getTitle()).getId()).isEqualTo(before);
        }

        @Test
        void idsAreTagUrisOfTheFirstPublicationDayInIstanbul() {
            // 22:30 UTC is already the next day in Istanbul.
            Article story = fixtures.story("Gece yarısından sonra yayımlanan haber").in(fixtures.category("Kimlik Gecesi"))
                .publishedAt(Instant.parse("2026-01-24T22:30:00Z")).publish();

            assertThat(feeds.rss("/kimlik-gecesi/rss.xml").getItems().getFirst().getGuid().getValue())
                .isEqualTo("tag:localhost,2026-01-25:haber/" + story.id());
        }

        @Test
        void aRenamedCategoryKeepsItsFeedIdAndItsOldFeedAddressesMoveForGood() {
            Category category = fixtures.category("Eski Akış Adı");
            fixtures.story("Adı değişen kategorideki haber").in(category).publish();
            String before = feeds.atom("/eski-akis-adi/atom.xml").getId();

            categories.update(category.id(), "Yeni Akış Adı", "", category.description(), category.position());

            assertThat(before).isEqualTo("tag:localhost,2026:akis/kategori-" + category.id());
            assertThat(feeds.atom("/yeni-akis-adi/atom.xml").getId()).isEqualTo(before);
            for (String format : List.of("rss", "atom")) {
                HttpResponse<String> old = browser.get("/eski-akis-adi/" + format + ".xml");
                assertThat(old.statusCode()).isEqualTo(301);
                assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/yeni-akis-adi/" + format + ".xml");
            }
        }
    }

    @Nested
    class Entries {

        @Test
        void datesCarryIstanbulsOffsetAndTheRealUpdateTime() {
            Instant published = Instant.parse("2026-01-24T13:07:00Z");
            Instant updated = Instant.parse("2026-01-25T09:30:00Z");
            fixtures.story("Saat dilimi haberi").in(fixtures.category("Saat Masası")).tagged("Saat Dilimi")
                .publishedAt(published).updatedAt(updated).publish();

            Document rssXml = feeds.xml("/etiket/saat-dilimi/rss.xml");
            assertThat(rssXml.select("item > pubDate").text()).isEqualTo("Sat, 24 Jan 2026 16:07:00 +0300");
            assertThat(rssXml.select("channel > lastBuildDate").text()).isEqualTo("Sun, 25 Jan 2026 12:30:00 +0300");
            Document atomXml = feeds.xml("/etiket/saat-dilimi/atom.xml");
            assertThat(atomXml.select("entry > published").text()).isEqualTo("2026-01-24T16:07:00+03:00");
            assertThat(atomXml.select("entry > updated").text()).isEqualTo("2026-01-25T12:30:00+03:00");
            assertThat(atomXml.select("feed > updated").text()).isEqualTo("2026-01-25T12:30:00+03:00");

            Channel rss = feeds.rss("/etiket/saat-dilimi/rss.xml");
            assertThat(rss.getItems().getFirst().getPubDate()).isEqualTo(Date.from(published));
            assertThat(rss.getLastBuildDate()).isEqualTo(Date.from(updated));
            Entry entry = feeds.atom("/etiket/saat-dilimi/atom.xml").getEntries().getFirst();
            assertThat(entry.getPublished()).isEqualTo(Date.from(published));
            assertThat(entry.getUpdated()).isEqualTo(Date.from(updated));
        }

        @Test
        void carryTheSpotAuthorsCategoriesAndTagsButNotTheBodyByDefault() {
            Author author = fixtures.author("Künye Yazarı", "Editör");
            Author second = fixtures.author("İkinci İmza", "Muhabir");
            Article story = fixtures.story("Künyesi tam haber").in(fixtures.category("Künye Masası")).by(author, second)
                .spot("Özet <b>kalın değil</b> & düz metin.").tagged("Künye", "Akış Etiketi")
                .body(new Block.Paragraph("Gövdede kalan cümle.")).publish();

            Item item = feeds.rss("/kunye-masasi/rss.xml").getItems().getFirst();
            assertThat(item.getDescription().getValue()).isEqualTo("Özet &lt;b&gt;kalın değil&lt;/b&gt; &amp; düz metin.");
            assertThat(item.getContent()).isNull();
            assertThat(((DCModule) item.getModule(DCModule.URI)).getCreators()).containsExactly("Künye Yazarı", "İkinci İmza");
            assertThat(item.getCategories()).extracting(com.rometools.rome.feed.rss.Category::getValue)
                .containsExactly("Künye Masası", "Künye", "Akış Etiketi");

            Entry entry = feeds.atom("/kunye-masasi/atom.xml").getEntries().getFirst();
            assertThat(entry.getSummary().getValue()).isEqualTo(story.spot());
            assertThat(entry.getContents()).isEmpty();
            assertThat(entry.getAuthors()).extracting(SyndPerson::getName, SyndPerson::getUri).containsExactly(
                tuple("Künye Yazarı", BASE + "/yazar/kunye-yazari"),
                tuple("İkinci İmza", BASE + "/yazar/ikinci-imza"));
            assertThat(entry.getCategories()).extracting(com.rometools.rome.feed.atom.Category::getTerm)
                .containsExactly("Künye Masası", "Künye", "Akış Etiketi");
        }

        @Test
        void theHeroImageIsAnEnclosureOfItsRealSize() {
            fixtures.story("Görselli akış haberi").in(fixtures.category("Görsel Masası")).publish();
            fixtures.story("Görselsiz akış haberi").in(fixtures.category("Görsel Masası")).withoutHero()
                .publishedAt(Instant.now().minus(Duration.ofMinutes(1))).publish();

            List<Item> items = feeds.rss("/gorsel-masasi/rss.xml").getItems();
            Item withImage = items.getFirst();
            Enclosure enclosure = withImage.getEnclosures().getFirst();
            assertThat(enclosure.getType()).isEqualTo("image/jpeg");
            assertThat(enclosure.getUrl()).startsWith(BASE + "/medya/").endsWith("/1200.jpg");
            HttpResponse<byte[]> file = feeds.bytes(enclosure.getUrl());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(enclosure.getLength()).isEqualTo(file.body().length).isPositive();

            Element media = withImage.getForeignMarkup().stream()
                .filter(e -> e.getNamespace().equals(MEDIA) && e.getName().equals("content")).findFirst().orElseThrow();
            assertThat(media.getAttributeValue("url")).isEqualTo(enclosure.getUrl());
            assertThat(media.getAttributeValue("medium")).isEqualTo("image");
            assertThat(media.getAttributeValue("width")).isEqualTo("1200");
            assertThat(media.getAttributeValue("height")).isEqualTo("675");
            assertThat(media.getAttributeValue("fileSize")).isEqualTo(Long.toString(file.body().length));
            assertThat(media.getChildText("description", MEDIA)).isEqualTo("Görselin açıklaması");
            assertThat(media.getChildText("credit", MEDIA)).isEqualTo("Fotoğraf: Manşet");
            assertThat(items.get(1).getEnclosures()).isEmpty();

            List<Entry> entries = feeds.atom("/gorsel-masasi/atom.xml").getEntries();
            Link atomEnclosure = entries.getFirst().getOtherLinks().stream()
                .filter(link -> link.getRel().equals("enclosure")).findFirst().orElseThrow();
            assertThat(atomEnclosure.getHref()).isEqualTo(enclosure.getUrl());
            assertThat(atomEnclosure.getType()).isEqualTo("image/jpeg");
            assertThat(atomEnclosure.getLength()).isEqualTo(file.body().length);
            assertThat(entries.get(1).getOtherLinks()).noneMatch(link -> link.getRel().equals("enclosure"));
        }
    }

    @Nested
    class Caching {

        @Test
        void anUnchangedFeedAnswersAConditionalGetWith304() {
            fixtures.story("Önbellek akışı haberi").in(fixtures.category("Önbellek Masası")).publish();

            for (String path : List.of("/onbellek-masasi/rss.xml", "/onbellek-masasi/atom.xml")) {
                HttpResponse<String> first = browser.get(path);
                assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "max-age=60");
                String etag = first.headers().firstValue("ETag").orElseThrow();
                String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

                assertThat(browser.get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
                assertThat(browser.get(path, "If-Modified-Since", lastModified).statusCode()).as(path).isEqualTo(304);
            }
        }

        @Test
        void aNewStoryChangesTheFeedForConditionalGets() {
            fixtures.story("Önce yayımlanan haber").in(fixtures.category("Değişen Masa"))
                .publishedAt(Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS)).publish();
            HttpResponse<String> first = browser.get("/degisen-masa/rss.xml");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

            fixtures.story("Sonra yayımlanan haber").in(fixtures.category("Değişen Masa")).publish();

            HttpResponse<String> byEtag = browser.get("/degisen-masa/rss.xml", "If-None-Match", etag);
            assertThat(byEtag.statusCode()).isEqualTo(200);
            assertThat(byEtag.body()).contains("Sonra yayımlanan haber");
            assertThat(browser.get("/degisen-masa/rss.xml", "If-Modified-Since", lastModified).statusCode()).isEqualTo(200);
        }

        @Test
        void aFeedThatChangedWithoutANewStoryIsSentToAReaderWithTheOldOne() {
            Author author = fixtures.author("Adı Değişen Yazar", "Muhabir");
            fixtures.story("Yazarı yeniden adlandırılan haber").in(fixtures.category("Ad Masası")).by(author)
                .publishedAt(Instant.now().minus(Duration.ofMinutes(5))).publish();
            HttpResponse<String> first = browser.get("/yazar/adi-degisen-yazar/rss.xml");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

            authors.update(author.id(), "Soyadı Eklenen Yazar", author.title(), author.bio(), author.photo());

            HttpResponse<String> again = browser.get("/yazar/adi-degisen-yazar/rss.xml",
                "If-None-Match", etag, "If-Modified-Since", lastModified);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.body()).contains("Soyadı Eklenen Yazar");
            assertThat(again.headers().firstValue("Last-Modified")).contains(lastModified);
        }
    }

    @Nested
    class Autodiscovery {

        @Test
        void everyPageLinksTheSiteFeedsAndListingsAlsoTheirOwn() {
            Author author = fixtures.author("Keşif Yazarı", "Muhabir");
            Article story = fixtures.story("Keşfedilen akış haberi").in(fixtures.category("Keşif Masası")).by(author)
                .tagged("Keşif").publish();

            assertThat(feedLinks("/")).containsExactly("/rss.xml", "/atom.xml");
            assertThat(feedLinks(story.path("kesif-masasi"))).containsExactly("/rss.xml", "/atom.xml");
            for (String listing : List.of("/kesif-masasi", "/yazar/kesif-yazari", "/etiket/kesif")) {
                assertThat(feedLinks(listing)).containsExactly("/rss.xml", "/atom.xml", listing + "/rss.xml", listing + "/atom.xml");
                Document page = browser.page(listing);
                assertThat(page.select(".listing-feeds a").eachAttr("href")).containsExactly(listing + "/rss.xml", listing + "/atom.xml");
                assertThat(page.select(".listing-feeds a").eachText()).containsExactly("RSS", "Atom");
                for (String href : page.select("head link[rel=alternate]").eachAttr("href")) {
                    assertThat(browser.get(href).statusCode()).as(href).isEqualTo(200);
                }
            }
            Document category = browser.page("/kesif-masasi");
            assertThat(category.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("title"))
                .containsExactly("Manşet (Atom)", "Manşet - Keşif Masası (Atom)");
        }

        private List<String> feedLinks(String path) {
            Document page = browser.page(path);
            List<String> types = page.select("head link[rel=alternate]").eachAttr("type");
            assertThat(types).allMatch(type -> type.equals("application/rss+xml") || type.equals("application/atom+xml"));
            return page.select("head link[rel=alternate]").eachAttr("href");
        }
    }

    private static Item item(Channel rss, Article story) {
        return rss.getItems().stream().filter(i -> i.getTitle().equals(story.headline())).findFirst().orElseThrow();
    }

    private static Entry entry(com.rometools.rome.feed.atom.Feed atom, Article story) {
        return entry(atom, story.headline());
    }

    private static Entry entry(com.rometools.rome.feed.atom.Feed atom, String title) {
        return atom.getEntries().stream().filter(e -> e.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private static String alternate(Entry entry) {
        return entry.getAlternateLinks().getFirst().getHref();
    }
}
