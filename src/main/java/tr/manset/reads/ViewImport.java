package tr.manset.reads;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.manset.reads.ViewStore.Bucket;

/**
 * Stores views counted elsewhere (the demo content, a migration from another system) straight
 * into the hourly buckets, added to what is there.
 */
@Service
public class ViewImport {

    private final ViewStore store;

    ViewImport(ViewStore store) {
        this.store = store;
    }

    /** @param viewsByTime views of one story, each at a time in the hour it belongs to */
    @Transactional
    public void add(long articleId, Map<Instant, Long> viewsByTime) {
        Map<Bucket, Long> buckets = new HashMap<>();
        viewsByTime.forEach((at, views) -> {
            if (views > 0) {
                buckets.merge(new Bucket(articleId, ViewCounter.hourOf(at)), views, Long::sum);
            }
        });
        if (!buckets.isEmpty()) {
            store.add(buckets);
        }
    }
}
