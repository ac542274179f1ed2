package tr.manset.comment;

import java.util.List;

/**
 * A story's comments as readers see them: the count, one page of threads, where the next page
 * starts and whether new comments are taken. The same for every reader, so the page stays
 * cacheable.
 *
 * @param path the story's comments page ("…/yorumlar")
 * @param next the cursor of the next page, or null on the last page
 */
public record CommentSection(long articleId, String path, int count, boolean open, List<ThreadComment> threads,
                             CommentSort sort, String next, int maxLength) {

    public String nextPath() {
        return path + "?sirala=" + sort.param() + "&sonra=" + next + "#yorum-listesi";
    }

    public String fragmentPath() {
        return "/yorum/parca/" + articleId + "?sirala=" + sort.param() + "&sonra=" + next;
    }

    public String postPath() {
        return "/yorum/yaz/" + articleId;
    }

    public List<CommentSort> sorts() {
        return List.of(CommentSort.values());
    }

    public List<ReportReason> reasons() {
        return List.of(ReportReason.values());
    }
}
