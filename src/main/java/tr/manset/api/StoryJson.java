package tr.manset.api;

import java.util.List;
import tr.manset.article.Article;
import tr.manset.comment.CommentMode;
import tr.manset.article.Status;
import tr.manset.article.Tag;
import tr.manset.system.time.TurkishTime;

/**
 * A story as the API shows it. The body is the same HTML the newsroom's editor edits; times are
 * ISO 8601 with the Istanbul offset.
 *
 * @param url the public address once published, otherwise null
 */
public record StoryJson(long id, Status status, int version, String headline, String spot, String body, long categoryId,
                        List<Long> authorIds, List<String> tags, String source, Hero hero, Integer leadRank,
                        CommentMode commentMode, String firstPublishedAt, String updatedAt, String scheduledAt,
                        String url) {

    /** The story's main image and what this story says about it. */
    public record Hero(long imageId, String caption, String credit, String alt) {}

    static StoryJson of(Article story, String url) {
        Hero hero = story.hero() == null ? null
            : new Hero(story.hero().imageId(), story.hero().caption(), story.hero().credit(), story.hero().alt());
        return new StoryJson(story.id(), story.status(), story.version(), story.headline(), story.spot(),
            story.body().toEditorHtml(), story.categoryId(), story.authorIds(), story.tags().stream().map(Tag::name).toList(),
            story.source(), hero, story.leadRank(), story.commentMode(), iso(story.firstPublishedAt()),
            iso(story.updatedAt()), iso(story.scheduledAt()), story.published() ? url : null);
    }

    private static String iso(java.time.Instant instant) {
        return instant == null ? null : TurkishTime.iso(instant);
    }
}
