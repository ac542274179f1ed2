package tr.manset.comment;

import org.springframework.stereotype.Component;
import tr.manset.reader.ReplyNotice;
import tr.manset.reader.ReplyNotices;

/**
 * When a reply is published (at once, or when a moderator approves or restores it), the reader
 * account behind the comment it answers may get a mail; {@link ReplyNotices} decides and sends it
 * once per reply, in the same transaction.
 */
@Component
class ReplyNotifier {

    static final int EXCERPT = 300;

    private final CommentStore store;
    private final CommentedArticles articles;
    private final ReplyNotices notices;

    ReplyNotifier(CommentStore store, CommentedArticles articles, ReplyNotices notices) {
        this.store = store;
        this.articles = articles;
        this.notices = notices;
    }

    void published(Comment reply) {
        if (reply.parentId() == null) {
            return;
        }
        long answered = reply.replyToId() != null ? reply.replyToId() : reply.parentId();
        store.find(answered)
            .filter(comment -> comment.readerId() != null)
            .ifPresent(comment -> articles.find(reply.articleId()).ifPresent(article ->
                notices.replyPublished(new ReplyNotice(comment.readerId(), reply.readerId(), reply.id(), reply.createdAt(), reply.name(),
                    article.headline(), article.path(), excerpt(reply.body())))));
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= EXCERPT ? flat
            : flat.substring(0, flat.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
