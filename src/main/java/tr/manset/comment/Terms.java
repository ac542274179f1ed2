package tr.manset.comment;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tr.manset.comment.rules.Term;
import tr.manset.comment.rules.TermFilter;
import tr.manset.comment.rules.TermKind;
import tr.manset.comment.rules.TermMatch;
import tr.manset.system.storage.Timestamps;

/**
 * The term lists moderators keep: banned words reject a comment, suspect words hold it, allowed
 * words are exceptions. The shipped Turkish lists are copied in once, on the first start; after
 * that the lists are the moderators'. Other nodes see a change within 30 seconds.
 */
@Service
public class Terms {

    public record Entry(long id, String term, TermKind kind, String createdBy) {}

    private final JdbcClient db;
    private final Clock clock;
    private final SettingsStore settings;
    private final LoadingCache<String, TermFilter> filter;
    private final TransactionTemplate transactions;

    Terms(JdbcClient db, Clock clock, SettingsStore settings, PlatformTransactionManager transactions) {
        this.db = db;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.settings = settings;
        this.filter = Caffeine.newBuilder()
            .refreshAfterWrite(Duration.ofSeconds(30))
            .build(key -> new TermFilter(list().stream().map(e -> new Term(e.term(), e.kind())).toList()));
    }

    public Optional<TermMatch> firstMatch(String text) {
        return filter.get("all").firstMatch(text);
    }

    public List<TermMatch> matches(String text) {
        return filter.get("all").matches(text);
    }

    public List<Entry> list() {
        return db.sql("SELECT id, term, kind, created_by FROM comment_terms ORDER BY kind, term")
            .query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("term"),
                TermKind.valueOf(rs.getString("kind")), rs.getString("created_by")))
            .list();
    }

    /** Adds a term or changes its kind. */
    public void put(String term, TermKind kind, String by) {
        db.sql("""
                INSERT INTO comment_terms (term, kind, created_at, created_by) VALUES (:term, :kind, :at, :by)
                ON CONFLICT (term) DO UPDATE SET kind = excluded.kind
                """)
            .param("term", term.strip())
            .param("kind", kind.name())
            .param("at", Timestamps.param(clock.instant()))
            .param("by", by)
            .update();
        filter.invalidateAll();
    }

    public Optional<Entry> remove(long id) {
        Optional<Entry> entry = list().stream().filter(e -> e.id() == id).findFirst();
        db.sql("DELETE FROM comment_terms WHERE id = :id").param("id", id).update();
        filter.invalidateAll();
        return entry;
    }

    /** Copies the shipped lists in on the very first start, never again (moderators may delete terms). */
    @EventListener(ApplicationReadyEvent.class)
    void seedOnce() {
        transactions.executeWithoutResult(status -> {
            if (!settings.claimOnce("terms_seeded")) {
                return;
            }
            for (Term term : TermFilter.turkishDefaults()) {
                db.sql("""
                        INSERT INTO comment_terms (term, kind, created_at, created_by) VALUES (:term, :kind, :at, '')
                        ON CONFLICT (term) DO NOTHING
                        """)
                    .param("term", term.text())
                    .param("kind", term.kind().name())
                    .param("at", Timestamps.param(clock.instant()))
                    .update();
            }
        });
        filter.invalidateAll();
    }
}
