package tr.manset.article;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.manset.category.Categories;
import tr.manset.category.Category;
import tr.manset.media.Image;
import tr.manset.media.Images;
import tr.manset.search.Search;
import tr.manset.system.time.TurkishTime;
import tr.manset.system.web.Paged;

/** Writes stories through their publishing states and reads them back for readers' pages. */
@Service
public class Articles {

    /** Ids per IN list: well under both databases' limits on parameters. */
    private static final int ID_BATCH = 500;

    private final ArticleStore store;
    private final Categories categories;
    private final Images images;
    private final Clock clock;
    private final Search search;

    Articles(ArticleStore store, Categories categories, Images images, Clock clock, Search search) {
        this.store = store;
        this.search = search;
        this.categories = categories;
        this.images = images;
        this.clock = clock;
    }

    @Transactional
    public Article create(Article draft) {
        long id = store.insert(draft);
        return store.find(id).orElseThrow();
    }

    /**
     * Stores a story that readers saw earlier, elsewhere or before this site existed, with its
     * original publication and update times: demo content and imports.
     */
    @Transactional
    public Article importPublished(Article draft, Instant firstPublishedAt, Instant updatedAt) {
        Article published = draft.publishedAt(firstPublishedAt);
        if (updatedAt != null) {
            published = published.updatedAt(updatedAt);
        }
        return store.find(store.insert(published)).orElseThrow();
    }

    public Paged<DeskRow> forDesk(DeskQuery query) {
        return new Paged<>(store.desk(query), query.page(), query.size(), store.deskCount(query));
    }

    public Optional<Article> find(long id) {
        return store.find(id);
    }

    public Optional<Article> findPublished(long id) {
        return store.find(id).filter(Article::published);
    }

    /** The tag with this name, created on first use. */
    @Transactional
    public Tag tag(String name) {
        return store.tagNamed(name);
    }

    public List<TagUse> tagUses() {
        return store.tagUses();
    }

    /**
     * Renames a tag; its slug follows the name. Refused when another tag already has that slug:
     * merge them instead.
     */
    @Transactional
    public Tag renameTag(long id, String name) {
        store.findTag(id).orElseThrow(() -> new tr.manset.system.web.NotFoundException("tag " + id));
        store.findTag(tr.manset.system.text.TurkishText.slug(name)).filter(other -> other.id() != id).ifPresent(other -> {
            throw new IllegalArgumentException("tag slug taken by " + other.id());
        });
        store.renameTag(id, name);
        return store.findTag(id).orElseThrow();
    }

    @Transactional
    public Tag mergeTags(long fromId, long intoId) {
        store.findTag(fromId).orElseThrow(() -> new tr.manset.system.web.NotFoundException("tag " + fromId));
        Tag into = store.findTag(intoId).orElseThrow(() -> new tr.manset.system.web.NotFoundException("tag " + intoId));
        if (fromId != intoId) {
            store.mergeTag(fromId, intoId);
        }
        return into;
    }

    public Optional<Tag> tagBySlug(String slug) {
        return store.findTag(slug);
    }

    /**
     * The home page's lead stories: those the editors placed in the manşet, in their order,
     * then the newest stories to fill the remaining places.
     */
    public List<Teaser> manset(int count) {
        List<ArticleStore.TeaserRow> rows = new java.util.ArrayList<>(store.leads(count));
        java.util.Set<Long> chosen = new java.util.HashSet<>(rows.stream().map(ArticleStore.TeaserRow::id).toList());
        for (ArticleStore.TeaserRow row : store.latest(Listing.all(), count * 2, 0)) {
            if (rows.size() < count && chosen.add(row.id())) {
                rows.add(row);
            }
        }
        return teasers(rows);
    }

    public List<Teaser> latest(int limit) {
        return teasers(store.latest(Listing.all(), limit, 0));
    }

    public List<Teaser> latestIn(Category category, int limit) {
        return teasers(store.latest(Listing.inCategory(category.id()), limit, 0));
    }

    public Paged<Teaser> latestIn(Category category, int page, int size) {
        return paged(Listing.inCategory(category.id()), page, size);
    }

    public Paged<Teaser> latestBy(long authorId, int page, int size) {
        return paged(Listing.byAuthor(authorId), page, size);
    }

    public Paged<Teaser> latestWith(Tag tag, int page, int size) {
        return paged(Listing.withTag(tag.id()), page, size);
    }

    /** The newest published stories, whole (body, authors and tags), for feeds. */
    public List<Article> latestStories(int limit) {
        return store.latestStories(Listing.all(), limit);
    }

    public List<Article> latestStoriesIn(Category category, int limit) {
        return store.latestStories(Listing.inCategory(category.id()), limit);
    }

    public List<Article> latestStoriesBy(long authorId, int limit) {
        return store.latestStories(Listing.byAuthor(authorId), limit);
    }

    public List<Article> latestStoriesWith(Tag tag, int limit) {
        return store.latestStories(Listing.withTag(tag.id()), limit);
    }

    /**
     * Teasers of the published stories among these ids, in the order of the ids, with one query;
     * ids of stories that are unknown or not published are left out.
     */
    public List<Teaser> publishedTeasers(List<Long> ids) {
        Map<Long, ArticleStore.TeaserRow> rows = store.publishedTeasers(ids.stream().distinct().toList()).stream()
            .collect(Collectors.toMap(ArticleStore.TeaserRow::id, row -> row));
        return teasers(ids.stream().distinct().map(rows::get).filter(Objects::nonNull).toList());
    }

    /**
     * The months (Istanbul time) with published stories, newest first, each with the newest update
     * among its stories: one small range query per month between the oldest and the newest story.
     */
    public List<StoryMonth> publishedMonths() {
        Instant[] range = store.publishedRange();
        if (range[0] == null) {
            return List.of();
        }
        YearMonth oldest = YearMonth.from(range[0].atZone(TurkishTime.ISTANBUL));
        List<StoryMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(range[1].atZone(TurkishTime.ISTANBUL)); !month.isBefore(oldest); month = month.minusMonths(1)) {
            Instant lastModified = store.lastModifiedBetween(start(month), start(month.plusMonths(1)));
            if (lastModified != null) {
                months.add(new StoryMonth(month, lastModified));
            }
        }
        return months;
    }

    /** Published stories first published in this month (Istanbul time), newest first. */
    public List<PublishedStory> publishedIn(YearMonth month, int limit) {
        return publishedStories(store.publishedBetween(start(month), start(month.plusMonths(1)), limit));
    }

    /** Published stories first published at or after this instant, newest first. */
    public List<PublishedStory> publishedSince(Instant since, int limit) {
        return publishedStories(store.publishedBetween(since, since.plus(java.time.Duration.ofDays(36_500)), limit));
    }

    /** Tags that at least one published story carries, by slug. */
    public List<Tag> publishedTags(int limit) {
        return store.publishedTags(limit);
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(TurkishTime.ISTANBUL).toInstant();
    }

    private List<PublishedStory> publishedStories(List<ArticleStore.TeaserRow> rows) {
        Map<Long, Category> byId = categories.byId();
        return rows.stream()
            .map(r -> new PublishedStory(Article.path(byId.get(r.categoryId()).slug(), r.slug(), r.id()), r.headline(),
                r.firstPublishedAt(), r.updatedAt()))
            .toList();
    }

    /** Which of these ids are published stories, in batches of a few hundred ids a query. */
    Set<Long> publishedAmong(Collection<Long> ids) {
        List<Long> all = ids.stream().distinct().toList();
        Set<Long> published = new HashSet<>();
        for (int from = 0; from < all.size(); from += ID_BATCH) {
            published.addAll(store.publishedIds(all.subList(from, Math.min(all.size(), from + ID_BATCH))));
        }
        return published;
    }

    /**
     * "İlginizi çekebilir": stories the search index finds alike, topped up with the newest of the
     * same category when it finds too few (or the story is not in the index, as in a preview).
     */
    public List<Teaser> related(Article article, int limit) {
        List<Long> similar = search.related(article.id(), limit);
        Map<Long, ArticleStore.TeaserRow> found = store.publishedTeasers(similar).stream()
            .collect(Collectors.toMap(ArticleStore.TeaserRow::id, row -> row));
        List<ArticleStore.TeaserRow> rows = new ArrayList<>(similar.stream().map(found::get).filter(Objects::nonNull).toList());
        if (rows.size() < limit) {
            Set<Long> shown = new HashSet<>(similar);
            store.latest(Listing.inCategory(article.categoryId()).excluding(article.id()), limit, 0).stream()
                .filter(row -> !shown.contains(row.id()))
                .limit(limit - rows.size())
                .forEach(rows::add);
        }
        return teasers(rows);
    }

    private Paged<Teaser> paged(Listing listing, int page, int size) {
        return new Paged<>(teasers(store.latest(listing, size, Paged.offset(page, size))), page, size, store.count(listing));
    }

    /** Images of a story: its hero and its figures, by id. */
    public Map<Long, Image> imagesOf(Article article) {
        Stream<Long> hero = article.hero() == null ? Stream.empty() : Stream.of(article.hero().imageId());
        return images.byIds(Stream.concat(hero, article.body().imageIds()).distinct().toList());
    }

    private List<Teaser> teasers(Collection<ArticleStore.TeaserRow> rows) {
        Map<Long, Category> byId = categories.byId();
        Map<Long, Image> pictures = images.byIds(rows.stream().map(ArticleStore.TeaserRow::heroImageId)
            .filter(Objects::nonNull).distinct().toList());
        var now = clock.instant();
        return rows.stream()
            .map(r -> {
                Category category = byId.get(r.categoryId());
                String path = Article.path(category.slug(), r.slug(), r.id());
                return new Teaser(r.id(), r.headline(), r.spot(), path, category,
                    r.heroImageId() == null ? null : pictures.get(r.heroImageId()), r.heroAlt(),
                    r.firstPublishedAt(), TurkishTime.relative(r.firstPublishedAt(), now));
            })
            .toList();
    }
}
