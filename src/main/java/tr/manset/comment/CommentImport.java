package tr.manset.comment;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.manset.comment.rules.TurkishNormalizer;
import tr.manset.system.storage.Timestamps;
import tr.manset.system.text.TurkishText;

/**
 * Stores comments that were published elsewhere (the demo content, a migration from another
 * system) as published, with their likes, bypassing the rules readers' posts go through.
 */
@Service
public class CommentImport {

    private final CommentStore store;
    private final JdbcClient db;

    CommentImport(CommentStore store, JdbcClient db) {
        this.store = store;
        this.db = db;
    }

    @Transactional
    public long importPublished(long articleId, Long parentId, String name, String text, Instant at, int likes,
                                int dislikes) {
        String body = CommentText.clean(text);
        long id = store.insert(new CommentStore.NewComment(articleId, parentId, "import:" + TurkishText.slug(name), name,
            null, "", body, TurkishNormalizer.fingerprint(body), CommentStatus.PUBLISHED, "", at, null, null));
        for (int i = 0; i < likes + dislikes; i++) {
            db.sql("INSERT INTO comment_votes (comment_id, voter, value, created_at) VALUES (:comment, :voter, :value, :at)")
                .param("comment", id)
                .param("voter", "import:" + i)
                .param("value", i < likes ? 1 : -1)
                .param("at", Timestamps.param(at))
                .update();
        }
        return id;
    }
}
