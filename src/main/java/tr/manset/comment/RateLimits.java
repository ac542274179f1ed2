package tr.manset.comment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Fixed one-minute windows per key, in memory. Each node counts for itself, so with N nodes a
 * client gets at most N times the limit; the per-commenter rule in the database ({@link
 * CommentRules}) holds what slips through.
 */
@Component
class RateLimits {

    private final Cache<String, AtomicInteger> windows = Caffeine.newBuilder()
        .expireAfterWrite(Duration.ofMinutes(1))
        .maximumSize(200_000)
        .build();

    /** Counts one use of the key; false when the key has used up its limit for this minute. */
    boolean allow(String key, int perMinute) {
        return windows.get(key, ignored -> new AtomicInteger()).incrementAndGet() <= perMinute;
    }

    void clear() {
        windows.invalidateAll();
    }
}
