package tr.manset.article;

import java.time.Instant;
import java.util.List;
import tr.manset.system.text.TurkishText;

/**
 * A news story. Its transitions refuse what the newsroom's rules and the Press Law forbid: the
 * first-published time is set once and never again, and only a published story can be updated.
 *
 * @param firstPublishedAt GİRİŞ: when readers first saw it; never changes once set
 * @param updatedAt GÜNCELLEME: the last substantive update marked by the newsroom, or null
 * @param modifiedAt the last change of any kind, for caches; never shown to readers
 */
public record Article(
        long id,
        String slug,
        String headline,
        String spot,
        Body body,
        long categoryId,
        List<Long> authorIds,
        List<Tag> tags,
        String source,
        HeroImage hero,
        Status status,
        Instant firstPublishedAt,
        Instant updatedAt,
        Instant scheduledAt,
        Instant createdAt,
        Instant modifiedAt) {

    public Article {
        authorIds = List.copyOf(authorIds);
        tags = List.copyOf(tags);
        source = source == null ? "" : source.strip();
        spot = spot == null ? "" : spot.strip();
    }

    /** A new story, not yet seen by readers. */
    public static Article draft(String headline, String spot, Body body, long categoryId, List<Long> authorIds,
                                List<Tag> tags, String source, HeroImage hero, Instant now) {
        return new Article(0, TurkishText.slug(headline), headline.strip(), spot, body, categoryId, authorIds, tags,
            source, hero, Status.DRAFT, null, null, null, now, now);
    }

    public Article publishedAt(Instant now) {
        if (status == Status.PUBLISHED) {
            throw new IllegalStateException("already published: " + id);
        }
        Instant firstPublished = firstPublishedAt == null ? now : firstPublishedAt;
        return new Article(id, slug, headline, spot, body, categoryId, authorIds, tags, source, hero,
            Status.PUBLISHED, firstPublished, updatedAt, null, createdAt, now);
    }

    /** "Güncelle": a substantive update readers are told about with GÜNCELLEME. */
    public Article updatedAt(Instant now) {
        if (status != Status.PUBLISHED) {
            throw new IllegalStateException("only a published story can be marked updated: " + id);
        }
        return new Article(id, slug, headline, spot, body, categoryId, authorIds, tags, source, hero,
            status, firstPublishedAt, now, scheduledAt, createdAt, now);
    }

    public Article withAuthorsAndTags(List<Long> authors, List<Tag> tagList) {
        return new Article(id, slug, headline, spot, body, categoryId, authors, tagList, source, hero, status,
            firstPublishedAt, updatedAt, scheduledAt, createdAt, modifiedAt);
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    public boolean wasUpdated() {
        return updatedAt != null;
    }

    /** The canonical path: /{category-slug}/{headline-slug}-{id}. */
    public String path(String categorySlug) {
        return path(categorySlug, slug, id);
    }

    static String path(String categorySlug, String slug, long id) {
        return "/" + categorySlug + "/" + slug + "-" + id;
    }
}
