package tr.manset.article.newsroom;

import java.util.List;
import java.util.Map;
import tr.manset.article.Article;
import tr.manset.comment.CommentMode;
import tr.manset.author.Author;
import tr.manset.category.Category;

/**
 * The editor: the form, its problems, and what the signed-in member may do to the story.
 *
 * @param story null for a new story
 * @param canEdit false when the member may only look (a Muhabir's story once submitted)
 * @param canDelete whether the member may delete it: readers never saw it and the rules allow
 * @param theirs on a conflict, the newer version someone else saved; otherwise null
 */
public record EditorPage(StoryForm form, Map<String, String> problems, Article story, List<Category> categories,
                         List<Author> authors, boolean canEdit, boolean canPublish, boolean canSubmit, boolean canDelete,
                         Article theirs) {

    public List<CommentMode> commentModes() {
        return List.of(CommentMode.values());
    }

    public String problem(String field) {
        return problems.getOrDefault(field, "");
    }

    public boolean isNew() {
        return story == null;
    }

    public String action() {
        return story == null ? "/yonetim/haberler" : "/yonetim/haberler/" + story.id();
    }
}
