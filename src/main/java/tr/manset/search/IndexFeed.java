package tr.manset.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index in step with the database. Triggers write every change of a story to
 * the article_changes feed; every half second this follower reads the feed after the last
 * position it applied and re-reads those stories (put when published, removed otherwise), so a
 * change made on any node is searchable here within about a second.
 *
 * <p>On PostgreSQL, sequence numbers are taken when a transaction writes and become visible when
 * it commits, so a lower number can appear after a higher one was read. Numbers skipped over are
 * remembered and looked for again for a minute; re-applying a change is harmless.
 */
@Component
class IndexFeed {

    private static final Logger log = LoggerFactory.getLogger(IndexFeed.class);
    static final int BATCH = 500;
    static final Duration GAP_PATIENCE = Duration.ofMinutes(1);
    static final Duration COMMIT_EVERY = Duration.ofSeconds(10);
    static final Duration FEED_KEPT = Duration.ofDays(2);
    /** A longer run of missing numbers is a pruned or rolled-back stretch, not transactions in flight. */
    static final long MAX_GAP = 1000;

    private final JdbcClient db;
    private final SearchIndex index;
    private final SearchSource source;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Long, Instant> gaps = new HashMap<>();

    private volatile long seq;
    private volatile boolean rebuilding;
    private volatile long rebuildDone;
    private volatile long rebuildTotal;
    private volatile Instant rebuildStarted;
    private volatile Instant rebuildFinished;
    private volatile boolean started;
    private Instant lastCommit = Instant.EPOCH;
    private long committed;

    IndexFeed(JdbcClient db, SearchIndex index, SearchSource source, Clock clock) {
        this.db = db;
        this.index = index;
        this.source = source;
        this.clock = clock;
        this.seq = index.committedSeq();
        this.committed = seq;
    }

    /** At start: rebuild when the index is missing, outdated, or older than the feed still kept. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long oldest = db.sql("SELECT COALESCE(MIN(seq), 0) FROM article_changes").query(Long.class).single();
        boolean fellBehind = oldest > 0 && seq > 0 && seq < oldest - 1;
        if (index.needsRebuild() || fellBehind || seq == 0) {
            log.info("Search index {}: rebuilding from the database", index.needsRebuild() ? "missing or outdated"
                : fellBehind ? "behind the change feed" : "empty");
            rebuild();
        }
        started = true;
    }

    /** Builds the index again from every published story, then follows the feed from where it started. */
    void rebuild() {
        lock.lock();
        try {
            rebuilding = true;
            rebuildStarted = clock.instant();
            long from = latestSeq();
            rebuildTotal = source.publishedCount();
            rebuildDone = 0;
            index.deleteAll();
            long after = 0;
            long started = System.nanoTime();
            while (true) {
                List<SearchDocument> page = source.publishedAfter(after, BATCH);
                if (page.isEmpty()) {
                    break;
                }
                page.forEach(index::put);
                after = page.getLast().id();
                rebuildDone += page.size();
                if (rebuildDone % 5000 < BATCH) {
                    log.info("Search index rebuild: {} of {} stories", rebuildDone, rebuildTotal);
                }
            }
            seq = from;
            gaps.clear();
            index.commit(seq);
            committed = seq;
            lastCommit = clock.instant();
            index.refresh();
            rebuildFinished = clock.instant();
            log.info("Search index rebuilt: {} stories in {} ms", rebuildDone, (System.nanoTime() - started) / 1_000_000);
        } finally {
            rebuilding = false;
            lock.unlock();
        }
        follow();
    }

    @Scheduled(initialDelayString = "${manset.search.poll-interval:PT0.5S}", fixedDelayString = "${manset.search.poll-interval:PT0.5S}")
    void poll() {
        if (started) {
            follow();
        }
    }

    /** Applies every change after the last position; returns how many stories were re-read. */
    int follow() {
        if (!lock.tryLock()) {
            return 0;
        }
        try {
            List<long[]> changes = new ArrayList<>(db.sql("""
                    SELECT seq, article_id FROM article_changes WHERE seq > :seq ORDER BY seq LIMIT :limit
                    """)
                .param("seq", seq)
                .param("limit", BATCH * 4)
                .query((rs, row) -> new long[] {rs.getLong("seq"), rs.getLong("article_id")})
                .list());
            if (!gaps.isEmpty()) {
                changes.addAll(db.sql("SELECT seq, article_id FROM article_changes WHERE seq IN (:gaps)")
                    .param("gaps", List.copyOf(gaps.keySet()))
                    .query((rs, row) -> new long[] {rs.getLong("seq"), rs.getLong("article_id")})
                    .list());
            }
            Instant now = clock.instant();
            Set<Long> stories = new LinkedHashSet<>();
            long highest = seq;
            for (long[] change : changes) {
                gaps.remove(change[0]);
                stories.add(change[1]);
                if (change[0] > highest) {
                    if (change[0] - highest < MAX_GAP) {
                        for (long missing = highest + 1; missing < change[0]; missing++) {
                            gaps.put(missing, now);
                        }
                    }
                    highest = change[0];
                }
            }
            gaps.values().removeIf(seen -> seen.plus(GAP_PATIENCE).isBefore(now));
            for (long id : stories) {
                source.published(id).ifPresentOrElse(index::put, () -> index.delete(id));
            }
            seq = highest;
            if (!stories.isEmpty()) {
                index.refresh();
            }
            if (seq != committed && lastCommit.plus(COMMIT_EVERY).isBefore(now)) {
                index.commit(seq);
                committed = seq;
                lastCommit = now;
            }
            return stories.size();
        } finally {
            lock.unlock();
        }
    }

    /** The feed is read by every node within seconds; two days are kept for nodes that were down. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void prune() {
        db.sql("DELETE FROM article_changes WHERE changed_at < :before")
            .param("before", Timestamp.from(clock.instant().minus(FEED_KEPT)))
            .update();
    }

    IndexStatus status() {
        return new IndexStatus(rebuilding, rebuildDone, rebuildTotal, index.documents(), index.size(), seq,
            rebuildStarted, rebuildFinished);
    }

    private long latestSeq() {
        return db.sql("SELECT COALESCE(MAX(seq), 0) FROM article_changes").query(Long.class).single();
    }
}
