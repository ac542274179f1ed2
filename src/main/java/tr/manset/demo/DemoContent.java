package tr.manset.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tr.manset.article.Article;
import tr.manset.article.Articles;
import tr.manset.article.Block;
import tr.manset.article.Body;
import tr.manset.article.HeroImage;
import tr.manset.article.Tag;
import tr.manset.author.Author;
import tr.manset.author.Authors;
import tr.manset.category.Categories;
import tr.manset.comment.CommentImport;
import tr.manset.category.Category;
import tr.manset.media.Image;
import tr.manset.media.Images;
import tr.manset.pages.Imprint;
import tr.manset.pages.SitePages;
import tr.manset.reads.ViewImport;
import tr.manset.system.SiteProperties;

/**
 * Loads the demo site from classpath:demo/ before the server takes its first request, when
 * MANSET_DEMO is on and the database has no categories yet. Times are relative to now, so the
 * demo always reads as today's news.
 */
@Component
class DemoContent implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    static final int IMAGE_WIDTH = 1200;
    static final int IMAGE_HEIGHT = 675;
    static final int PORTRAIT_SIZE = 400;

    record Site(List<CategoryEntry> categories, List<AuthorEntry> authors, PublisherEntry publisher) {}

    /** The demo's fictional publisher for the imprint (Künye). */
    record PublisherEntry(String ownerName, String ownerCompany, String responsibleEditor, String editors, String address,
                          String email, String phone, String uetsAddress, String hostName, String hostAddress,
                          String newsTipEmail, String correctionEmail) {

        Imprint imprint() {
            return new Imprint(ownerName, ownerCompany, responsibleEditor, editors, address, email, phone, uetsAddress,
                hostName, hostAddress, newsTipEmail, correctionEmail, "", 0, null);
        }
    }

    record CategoryEntry(String slug, String name, String description, int position) {}

    record AuthorEntry(String slug, String name, String title, String bio, long photoSeed) {}

    record Picture(String motif, long seed, String caption, String credit, String alt) {}

    record Story(String headline, String spot, String category, List<String> authors, List<String> tags,
                 String source, double publishedHoursAgo, Double updatedMinutesAfter, Picture hero,
                 List<JsonNode> body) {}

    record CommentEntry(String name, String text, double minutesAfter, int likes, int dislikes,
                        List<CommentEntry> replies) {}

    record Discussion(String story, List<CommentEntry> comments) {}

    private final SiteProperties site;
    private final SitePages sitePages;
    private final CommentImport comments;
    private final ViewImport readings;
    private final Categories categories;
    private final Authors authors;
    private final Articles articles;
    private final Images images;
    private final JsonMapper json;
    private final Clock clock;

    DemoContent(SiteProperties site, Categories categories, Authors authors, Articles articles, Images images,
                JsonMapper json, Clock clock, CommentImport comments, ViewImport readings, SitePages sitePages) {
        this.site = site;
        this.sitePages = sitePages;
        this.readings = readings;
        this.comments = comments;
        this.categories = categories;
        this.authors = authors;
        this.articles = articles;
        this.images = images;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (site.demo() && categories.all().isEmpty()) {
            long started = System.nanoTime();
            int count = load();
            log.info("Demo content loaded: {} articles in {} ms", count, (System.nanoTime() - started) / 1_000_000);
        }
    }

    int load() {
        Site demo = read("classpath:demo/site.json", Site.class).getFirst();
        sitePages.fillIfNeverSaved(demo.publisher().imprint());
        Map<String, Category> sections = new HashMap<>();
        for (CategoryEntry entry : demo.categories()) {
            sections.put(entry.slug(), categories.create(entry.name(), entry.description(), entry.position()));
        }
        Map<String, Author> people = new HashMap<>();
        for (AuthorEntry entry : demo.authors()) {
            Image photo = images.store(DemoPainter.portrait(entry.photoSeed(), PORTRAIT_SIZE), entry.name(), "", "");
            people.put(entry.slug(), authors.create(entry.name(), entry.title(), entry.bio(), photo));
        }
        List<Story> stories = read("classpath:demo/articles-*.json", Story[].class).stream()
            .flatMap(Arrays::stream)
            // Oldest first, so ids grow with publication time as they would on a real site.
            .sorted(Comparator.comparingDouble(Story::publishedHoursAgo).reversed())
            .toList();
        Instant now = clock.instant();
        List<Article> published = new ArrayList<>();
        for (Story story : stories) {
            published.add(publish(story, sections, people, now));
        }
        for (Discussion discussion : read("classpath:demo/comments.json", Discussion[].class).stream().flatMap(Arrays::stream).toList()) {
            Article article = published.stream().filter(a -> a.headline().startsWith(discussion.story())).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo comments for an unknown story: " + discussion.story()));
            discussion.comments().forEach(entry -> comment(article, null, entry));
        }
        published.forEach(article -> read(article, now));
        return stories.size();
    }

    /**
     * Readings of a demo story, so "Çok Okunanlar" has something to show from the start: many in
     * the first hour, fewer each hour after, for two days at most. How popular a story is follows
     * from its headline, so every demo site reads alike.
     */
    private void read(Article article, Instant now) {
        long popularity = 20 + Math.floorMod(article.headline().hashCode(), 400);
        Map<Instant, Long> views = new HashMap<>();
        Instant hour = article.firstPublishedAt();
        for (int h = 0; h < 48 && !hour.isAfter(now); h++, hour = hour.plus(Duration.ofHours(1))) {
            views.put(hour, Math.round(popularity * Math.pow(0.85, h)));
        }
        readings.add(article.id(), views);
    }

    /** Demo comments, with their replies, at their minutes after the story's publication. */
    private void comment(Article article, Long parentId, CommentEntry entry) {
        Instant at = article.firstPublishedAt().plus(Duration.ofSeconds(Math.round(entry.minutesAfter() * 60)));
        long id = comments.importPublished(article.id(), parentId, entry.name(), entry.text(), at, entry.likes(),
            entry.dislikes());
        if (entry.replies() != null) {
            entry.replies().forEach(reply -> comment(article, id, reply));
        }
    }

    private Article publish(Story story, Map<String, Category> sections, Map<String, Author> people, Instant now) {
        Category category = required(sections, story.category(), story.headline());
        List<Long> byline = story.authors().stream().map(slug -> required(people, slug, story.headline()).id()).toList();
        List<Tag> tags = story.tags().stream().map(articles::tag).toList();
        List<Block> blocks = new ArrayList<>();
        for (JsonNode node : story.body()) {
            if ("figure".equals(node.path("type").asString())) {
                Picture picture = json.treeToValue(node, Picture.class);
                Image image = draw(picture);
                blocks.add(new Block.Figure(image.id(), picture.caption(), picture.credit(), picture.alt()));
            } else {
                blocks.add(json.treeToValue(node, Block.class));
            }
        }
        Image heroImage = draw(story.hero());
        HeroImage hero = new HeroImage(heroImage.id(), story.hero().caption(), story.hero().credit(), story.hero().alt());
        Instant published = now.minus(Duration.ofSeconds(Math.round(story.publishedHoursAgo() * 3600)));
        Instant updated = story.updatedMinutesAfter() == null ? null
            : published.plus(Duration.ofSeconds(Math.round(story.updatedMinutesAfter() * 60)));
        if (updated != null && updated.isAfter(now)) {
            updated = now;
        }
        Article draft = Article.draft(story.headline(), story.spot(), new Body(blocks), category.id(), byline, tags,
            story.source(), hero, published);
        return articles.importPublished(draft, published, updated);
    }

    private Image draw(Picture picture) {
        return images.store(DemoPainter.paint(picture.motif(), picture.seed(), IMAGE_WIDTH, IMAGE_HEIGHT),
            picture.alt(), picture.caption(), picture.credit());
    }

    private <T> List<T> read(String pattern, Class<T> type) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            List<T> values = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    values.add(json.readValue(in, type));
                }
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo content " + pattern, e);
        }
    }

    private static <T> T required(Map<String, T> known, String key, String headline) {
        T value = known.get(key);
        if (value == null) {
            throw new IllegalStateException("demo article \"" + headline + "\" names unknown " + key);
        }
        return value;
    }
}
