package tr.manset.comment;

import java.time.Instant;

/** What comments need to know about the story they belong to. */
public record CommentedArticle(long id, String headline, String path, boolean published,
                               Instant firstPublishedAt, CommentMode mode) {}
