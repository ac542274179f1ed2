package tr.manset.comment;

/** What the comment form shows: empty, a reply to a comment, or the reader's input with an error. */
public record CommentForm(long articleId, Long parentId, String name, String email, String text, String error) {

    public static CommentForm empty(long articleId) {
        return new CommentForm(articleId, null, "", "", "", "");
    }

    public static CommentForm reply(long articleId, long parentId) {
        return new CommentForm(articleId, parentId, "", "", "", "");
    }

    public String action() {
        return "/yorum/yaz/" + articleId;
    }

    public String parent() {
        return parentId == null ? "" : parentId.toString();
    }

    public boolean hasError() {
        return error != null && !error.isEmpty();
    }
}
