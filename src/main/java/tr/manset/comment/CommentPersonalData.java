package tr.manset.comment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tr.manset.reader.DataSubject;
import tr.manset.reader.PersonalData;
import tr.manset.system.SiteProperties;
import tr.manset.system.time.TurkishTime;

/**
 * Comments in a reader's KVKK requests: those written with their account, and those written as
 * a guest with their (proven) e-mail address. On erasure they are removed, or kept with nothing
 * that points to the person; a removed comment that others answered keeps its place in the
 * thread with its text removed, so their answers stay.
 */
@Component
class CommentPersonalData implements PersonalData {

    static final String ANONYMOUS = "Anonim";
    static final String REMOVED = "Bu yorum, yazarının isteğiyle kaldırıldı.";

    private final JdbcClient db;
    private final ClientKeys keys;
    private final CommentedArticles articles;
    private final SiteProperties site;

    CommentPersonalData(JdbcClient db, ClientKeys keys, CommentedArticles articles, SiteProperties site) {
        this.db = db;
        this.keys = keys;
        this.articles = articles;
        this.site = site;
    }

    @Override
    public String section() {
        return "yorumlar";
    }

    @Override
    public Map<String, Object> export(DataSubject subject) {
        List<Comment> comments = db.sql("SELECT " + CommentStore.COLUMNS + " FROM comments WHERE " + OF_SUBJECT + " ORDER BY id")
            .param("reader", subject.readerId() == null ? -1L : subject.readerId())
            .param("commenter", guestKey(subject))
            .query(CommentStore::toComment)
            .list();
        Map<Long, CommentedArticle> stories = articles.find(comments.stream().map(Comment::articleId).distinct().toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Comment comment : comments) {
            CommentedArticle story = stories.get(comment.articleId());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", comment.id());
            row.put("haber", story == null ? null : story.headline());
            row.put("adres", story == null ? null : site.absolute(story.path()) + "#yorum-" + comment.id());
            row.put("ad", comment.name());
            row.put("e-posta", comment.email());
            row.put("metin", comment.body());
            row.put("durum", comment.status().label());
            row.put("yazilma", TurkishTime.iso(comment.createdAt()));
            row.put("hesapla", comment.readerId() != null);
            row.put("cevap_verilen_yorum", comment.replyToId() != null ? comment.replyToId() : comment.parentId());
            row.put("begeni", comment.likes());
            row.put("begenmeme", comment.dislikes());
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("aciklama", "Hesabınızla ve bu e-posta adresiyle yazdığınız yorumlar. IP adresiniz yorumlarda saklanmaz; "
            + "5651 sayılı Kanun gereği tutulan trafik kaydı bu dosyaya dahil değildir.");
        out.put("liste", rows);
        return out;
    }

    @Override
    public void erase(DataSubject subject, boolean keepContentAnonymously) {
        long reader = subject.readerId() == null ? -1L : subject.readerId();
        String commenter = guestKey(subject);
        if (keepContentAnonymously) {
            db.sql("""
                    UPDATE comments SET name = :anonymous, email = NULL, ip_hash = '', reader_id = NULL,
                        commenter = 'anonim:' || id
                    WHERE""" + " " + OF_SUBJECT)
                .param("anonymous", ANONYMOUS)
                .param("reader", reader)
                .param("commenter", commenter)
                .update();
            return;
        }
        // Comments others answered keep their place, without text or author; the rest go.
        db.sql("""
                UPDATE comments SET name = :anonymous, email = NULL, ip_hash = '', reader_id = NULL,
                    commenter = 'silindi:' || id, body = :removed, fingerprint = ''
                WHERE (""" + OF_SUBJECT + """
                ) AND EXISTS (
                    SELECT 1 FROM comments answer
                    WHERE answer.parent_id = comments.id
                      AND (answer.reader_id IS NULL OR answer.reader_id <> :reader) AND answer.commenter <> :commenter)""")
            .param("anonymous", ANONYMOUS)
            .param("removed", REMOVED)
            .param("reader", reader)
            .param("commenter", commenter)
            .update();
        db.sql("DELETE FROM comments WHERE " + OF_SUBJECT)
            .param("reader", reader)
            .param("commenter", commenter)
            .update();
    }

    private static final String OF_SUBJECT = "(reader_id = :reader OR commenter = :commenter)";

    /** Guest comments given with this address share the commenter key of its keyed hash. */
    private String guestKey(DataSubject subject) {
        return subject.email() == null || subject.email().isBlank() ? "-" : keys.commenter(subject.email(), null);
    }
}
