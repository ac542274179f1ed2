package tr.manset.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tr.manset.article.Article;
import tr.manset.article.HeroImage;
import tr.manset.article.Tag;
import tr.manset.author.Author;
import tr.manset.author.Authors;
import tr.manset.category.Categories;
import tr.manset.category.Category;
import tr.manset.media.Image;
import tr.manset.media.Images;
import tr.manset.system.SiteProperties;

/** Turns published stories into feed entries: a few queries for all of them, none per story. */
@Component
class FeedEntries {

    /** The width of the hero image in feeds: the one link previews get too. */
    private static final int HERO_WIDTH = 1200;
    private static final String JPEG = "image/jpeg";

    private final Categories categories;
    private final Authors authors;
    private final Images images;
    private final TagUris ids;
    private final SiteProperties site;
    private final FeedProperties properties;

    FeedEntries(Categories categories, Authors authors, Images images, TagUris ids, SiteProperties site,
                FeedProperties properties) {
        this.categories = categories;
        this.authors = authors;
        this.images = images;
        this.ids = ids;
        this.site = site;
        this.properties = properties;
    }

    List<FeedEntry> of(List<Article> stories) {
        Map<Long, Category> sections = categories.byId();
        Map<Long, Author> people = authors.byIds(stories.stream().flatMap(s -> s.authorIds().stream()).distinct().toList())
            .stream().collect(Collectors.toMap(Author::id, Function.identity()));
        Map<Long, Image> pictures = images.byIds(stories.stream().flatMap(this::imageIds).distinct().toList());
        return stories.stream().map(story -> entry(story, sections.get(story.categoryId()), people, pictures)).toList();
    }

    private FeedEntry entry(Article story, Category category, Map<Long, Author> people, Map<Long, Image> pictures) {
        Instant updated = story.wasUpdated() ? story.updatedAt() : story.firstPublishedAt();
        List<FeedEntry.Person> byline = story.authorIds().stream()
            .map(people::get)
            .filter(Objects::nonNull)
            .map(author -> new FeedEntry.Person(author.name(), site.absolute(author.path())))
            .toList();
        List<String> labels = new ArrayList<>();
        labels.add(category.name());
        story.tags().stream().map(Tag::name).forEach(labels::add);
        String content = properties.fullContent() ? FeedBody.html(story.body(), pictures, site) : null;
        HeroImage hero = story.hero();
        FeedEntry.Picture picture = hero == null ? null : picture(pictures.get(hero.imageId()), hero);
        return new FeedEntry(ids.story(story), story.headline(), site.absolute(story.path(category.slug())), story.spot(),
            content, story.firstPublishedAt(), updated, later(story.modifiedAt(), updated), byline, labels, picture);
    }

    /** The hero in the width feeds show, with its size in bytes; null when the image or its file is gone. */
    private FeedEntry.Picture picture(Image image, HeroImage hero) {
        if (image == null) {
            return null;
        }
        int width = FeedBody.variant(image, HERO_WIDTH);
        // An enclosure's length is the exact size of the file it points at.
        OptionalLong size = images.fileSize(image, width);
        if (size.isEmpty()) {
            return null;
        }
        return new FeedEntry.Picture(site.absolute(image.url(width)), JPEG, size.getAsLong(), width, image.heightAt(width),
            hero.caption().isEmpty() ? hero.alt() : hero.caption(), hero.credit());
    }

    private Stream<Long> imageIds(Article story) {
        Stream<Long> hero = story.hero() == null ? Stream.empty() : Stream.of(story.hero().imageId());
        return properties.fullContent() ? Stream.concat(hero, story.body().imageIds()) : hero;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
