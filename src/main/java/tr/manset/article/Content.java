package tr.manset.article;

import tr.manset.comment.CommentMode;
import java.util.List;

/** What the editor form edits: everything about a story except where it stands in the workflow. */
public record Content(String headline, String spot, Body body, long categoryId, List<Long> authorIds, List<Tag> tags,
                      String source, HeroImage hero, Integer leadRank, CommentMode commentMode) {

    public Content {
        authorIds = List.copyOf(authorIds);
        tags = List.copyOf(tags);
        spot = spot == null ? "" : spot.strip();
        source = source == null ? "" : source.strip();
        commentMode = commentMode == null ? CommentMode.OPEN : commentMode;
    }
}
