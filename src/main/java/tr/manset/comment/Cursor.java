package tr.manset.comment;

/**
 * Where the next page of comments starts (keyset pagination): after the comment with this id
 * and, when sorting by likes, this like count. Written into links as "id" or "likes.id".
 */
public record Cursor(int likes, long id) {

    public static Cursor parse(String value) {
        if (value == null || value.isBlank() || value.length() > 40) {
            return null;
        }
        try {
            int dot = value.indexOf('.');
            if (dot < 0) {
                return new Cursor(0, Long.parseLong(value));
            }
            return new Cursor(Integer.parseInt(value.substring(0, dot)), Long.parseLong(value.substring(dot + 1)));
        } catch (NumberFormatException notACursor) {
            return null;
        }
    }

    public static Cursor after(Comment last, CommentSort sort) {
        return new Cursor(sort == CommentSort.MOST_LIKED ? last.likes() : 0, last.id());
    }

    public String param(CommentSort sort) {
        return sort == CommentSort.MOST_LIKED ? likes + "." + id : Long.toString(id);
    }
}
