package tr.manset.article;

import tr.manset.comment.CommentMode;
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
 * @param version grows with every save; a save based on an older version is a conflict
 * @param leadRank the place among the home page's lead stories (1 first), or null
 * @param createdBy the staff member who created it, or null for imported stories
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
        Instant modifiedAt,
        int version,
        Integer leadRank,
        CommentMode commentMode,
        Long createdBy) {

    public Article {
        authorIds = List.copyOf(authorIds);
        tags = List.copyOf(tags);
        source = source == null ? "" : source.strip();
        spot = spot == null ? "" : spot.strip();
        commentMode = commentMode == null ? CommentMode.OPEN : commentMode;
    }

    /** A new story, not yet seen by readers. */
    public static Article draft(String headline, String spot, Body body, long categoryId, List<Long> authorIds,
                                List<Tag> tags, String source, HeroImage hero, Instant now) {
        return new Article(0, TurkishText.slug(headline), headline.strip(), spot, body, categoryId, authorIds, tags,
            source, hero, Status.DRAFT, null, null, null, now, now, 1, null, CommentMode.OPEN, null);
    }

    /** The same story with new content from an editor. The slug follows the headline until first publication. */
    public Article edited(Content content, Instant now) {
        String newSlug = firstPublishedAt == null ? TurkishText.slug(content.headline()) : slug;
        return new Article(id, newSlug, content.headline().strip(), content.spot(), content.body(), content.categoryId(),
            content.authorIds(), content.tags(), content.source(), content.hero(), status, firstPublishedAt, updatedAt,
            scheduledAt, createdAt, now, version, content.leadRank(), content.commentMode(), createdBy);
    }

    public Article createdBy(long staffId) {
        return new Article(id, slug, headline, spot, body, categoryId, authorIds, tags, source, hero, status,
            firstPublishedAt, updatedAt, scheduledAt, createdAt, modifiedAt, version, leadRank, commentMode, staffId);
    }

    /** What an editor writes, as opposed to where the story stands in the workflow. */
    public Content content() {
        return new Content(headline, spot, body, categoryId, authorIds, tags, source, hero, leadRank, commentMode);
    }

    /** A Muhabir hands a draft to the editors. */
    public Article submitted(Instant now) {
        require(status == Status.DRAFT, "only a draft can be submitted");
        return withState(Status.IN_REVIEW, firstPublishedAt, updatedAt, null, now);
    }

    /** An editor sends a story under review back to its writer. */
    public Article returned(Instant now) {
        require(status == Status.IN_REVIEW || status == Status.SCHEDULED, "only a story in review or scheduled can go back to draft");
        return withState(Status.DRAFT, firstPublishedAt, updatedAt, null, now);
    }

    /** Publishes itself at {@code at}. */
    public Article scheduled(Instant at, Instant now) {
        require(status != Status.PUBLISHED, "a published story cannot be scheduled");
        require(at.isAfter(now), "a schedule must be in the future");
        return withState(Status.SCHEDULED, firstPublishedAt, updatedAt, at, now);
    }

    public Article unpublished(Instant now) {
        require(status == Status.PUBLISHED, "only a published story can be unpublished");
        return withState(Status.UNPUBLISHED, firstPublishedAt, updatedAt, null, now);
    }

    public Article publishedAt(Instant now) {
        require(status != Status.PUBLISHED, "already published");
        // The first-published time never changes once set (Press Law): republishing keeps it.
        Instant firstPublished = firstPublishedAt == null ? now : firstPublishedAt;
        return withState(Status.PUBLISHED, firstPublished, updatedAt, null, now);
    }

    /** "Güncelle": a substantive update readers are told about with GÜNCELLEME. */
    public Article updatedAt(Instant now) {
        require(status == Status.PUBLISHED, "only a published story can be marked updated");
        return withState(status, firstPublishedAt, now, scheduledAt, now);
    }

    public Article withAuthorsAndTags(List<Long> authors, List<Tag> tagList) {
        return new Article(id, slug, headline, spot, body, categoryId, authors, tagList, source, hero, status,
            firstPublishedAt, updatedAt, scheduledAt, createdAt, modifiedAt, version, leadRank, commentMode, createdBy);
    }

    private Article withState(Status newStatus, Instant firstPublished, Instant updated, Instant scheduled, Instant now) {
        return new Article(id, slug, headline, spot, body, categoryId, authorIds, tags, source, hero, newStatus,
            firstPublished, updated, scheduled, createdAt, now, version, leadRank, commentMode, createdBy);
    }

    private void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalStateException(rule + " (story " + id + " is " + status + ")");
        }
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    /** Whether readers may have seen it: such a story is unpublished, never deleted. */
    public boolean everPublished() {
        return firstPublishedAt != null || status == Status.PUBLISHED || status == Status.UNPUBLISHED;
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
