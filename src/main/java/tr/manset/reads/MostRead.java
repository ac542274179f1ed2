package tr.manset.reads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * The most-read stories of the last 24 hours and the last 7 days, as story ids and views: sums of
 * the hourly buckets, most views first, ties by the newer id. Each list is kept for a minute
 * (as long as a CDN keeps the pages that show it), by the application clock.
 */
@Service
public class MostRead {

    /** How far back a list looks: the current hour and the hours before it. */
    public enum Window {
        /** "Son 24 saat": this hour and the 23 before it. */
        DAY(24),
        /** "Son 7 gün": this hour and the 167 before it. */
        WEEK(7 * 24);

        private final int hours;

        Window(int hours) {
            this.hours = hours;
        }

        Instant since(Instant now) {
            return ViewCounter.hourOf(now).minus(Duration.ofHours(hours - 1));
        }
    }

    static final Duration KEPT = Duration.ofSeconds(60);

    private record Key(Window window, int limit) {}

    private record Made(Instant at, List<ArticleViews> list) {

        boolean freshAt(Instant now) {
            return !now.isBefore(at) && now.isBefore(at.plus(KEPT));
        }
    }

    private final ViewStore store;
    private final Clock clock;
    private final Map<Key, Made> lists = new ConcurrentHashMap<>();

    MostRead(ViewStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The stories read most in the window, at most {@code limit}, most views first. Ids of stories
     * unpublished since may be among them: callers show published stories only.
     */
    public List<ArticleViews> top(Window window, int limit) {
        Instant now = clock.instant();
        Key key = new Key(window, limit);
        Made made = lists.get(key);
        if (made == null || !made.freshAt(now)) {
            // Two requests at once may both ask the database; either answer is right.
            made = new Made(now, store.top(window.since(now), limit));
            lists.put(key, made);
        }
        return made.list();
    }
}
