package tr.manset.comment;

import tr.manset.system.text.TurkishText;

/**
 * One of a reader's own comments as "Yorumlarım" lists it.
 *
 * @param article the story, or null if it is gone
 */
public record MyComment(ThreadComment shown, CommentedArticle article) {

    public Comment comment() {
        return shown.comment();
    }

    /** "yayında", "onay bekliyor", "reddedildi" or "gizlendi". */
    public String state() {
        return TurkishText.lower(comment().status().label());
    }

    public String stateClass() {
        return "state-" + comment().status().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The comment in its story when readers can see it there, else the story; null when the story is not published. */
    public String link() {
        if (article == null || !article.published()) {
            return null;
        }
        return comment().published()
            ? article.path() + "?yorum=" + comment().id() + "#yorum-" + comment().id()
            : article.path();
    }
}
