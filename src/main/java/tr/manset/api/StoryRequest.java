package tr.manset.api;

import java.util.List;
import tr.manset.comment.CommentMode;
import tr.manset.article.newsroom.StoryForm;

/** What a client sends to create or change a story; {@code version} is required when changing one. */
public record StoryRequest(String headline, String spot, String body, Long categoryId, List<Long> authorIds,
                           List<String> tags, String source, StoryJson.Hero hero, Integer leadRank,
                           CommentMode commentMode, Integer version) {

    StoryForm toForm() {
        return new StoryForm(headline, spot, body, categoryId, tags == null ? "" : String.join(", ", tags), authorIds, source,
            hero == null ? null : hero.imageId(), hero == null ? "" : hero.caption(), hero == null ? "" : hero.credit(),
            hero == null ? "" : hero.alt(), leadRank, commentMode, version);
    }
}
