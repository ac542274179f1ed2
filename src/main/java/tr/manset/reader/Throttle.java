package tr.manset.reader;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tr.manset.system.storage.Timestamps;

/**
 * Counters in fixed windows, kept in the database so that several nodes count together: a
 * window starts with its first hit and a hit after it ends starts the next one.
 */
@Component
class Throttle {

    private final JdbcClient db;
    private final Clock clock;

    Throttle(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Counts one hit, in one statement of its own. Call it outside a transaction, so a refused
     * request still counts when what follows fails.
     *
     * @return the hits in the current window, this one included
     */
    int hit(String name, Duration window) {
        Instant now = clock.instant();
        return db.sql("""
                INSERT INTO reader_throttle (name, window_start, hits) VALUES (:name, :now, 1)
                ON CONFLICT (name) DO UPDATE SET
                    hits = CASE WHEN reader_throttle.window_start <= :cutoff THEN 1 ELSE reader_throttle.hits + 1 END,
                    window_start = CASE WHEN reader_throttle.window_start <= :cutoff THEN :now ELSE reader_throttle.window_start END
                RETURNING hits""")
            .param("name", name)
            .param("now", Timestamps.param(now))
            .param("cutoff", Timestamps.param(now.minus(window)))
            .query(Integer.class)
            .single();
    }

    /** Hits in the current window, without counting one. */
    int count(String name, Duration window) {
        return db.sql("SELECT hits FROM reader_throttle WHERE name = :name AND window_start > :cutoff")
            .param("name", name)
            .param("cutoff", Timestamps.param(clock.instant().minus(window)))
            .query(Integer.class)
            .optional()
            .orElse(0);
    }

    /** Counts a hit unless the limit is reached already: true when this hit is within the limit. */
    boolean take(String name, int limit, Duration window) {
        return hit(name, window) <= limit;
    }

    void clear(String name) {
        db.sql("DELETE FROM reader_throttle WHERE name = :name").param("name", name).update();
    }

    /** Forgets windows that started before this time. */
    int purge(Instant before) {
        return db.sql("DELETE FROM reader_throttle WHERE window_start < :before")
            .param("before", Timestamps.param(before))
            .update();
    }
}
