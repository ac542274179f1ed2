package tr.manset.reads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tr.manset.reads.ViewStore.Bucket;

/**
 * Counts page views in memory and writes them in batches: a reading costs an increment, not a
 * database write. Every {@code manset.reads.flush-interval} (10 s) the counts gathered since the
 * last flush are added to their hourly buckets in one transaction, and once more when the
 * application stops. What was written is taken out of memory in the same step, so nothing is
 * counted twice, also across a restart; a crash loses at most the views of the last interval.
 *
 * <p>Ids are not checked per request (that would be a query per view): the flush asks the
 * article module once which of the ids it holds are published and drops the others. To keep
 * made-up ids from filling memory in between, at most {@link #MAX_PENDING} buckets wait at once.
 */
@Component
class ViewCounter implements SmartLifecycle {

    /** Story-hours waiting for a flush; far more than the stories a site's readers open in ten seconds. */
    static final int MAX_PENDING = 20_000;

    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

    private final ConcurrentHashMap<Bucket, LongAdder> pending = new ConcurrentHashMap<>();
    private final LongAdder refused = new LongAdder();
    /** One flush at a time: the periodic one and the last one on shutdown never overlap. */
    private final ReentrantLock flushing = new ReentrantLock();
    private final ViewStore store;
    private final ReadableArticles articles;
    private final TransactionTemplate transactions;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final Duration interval;
    private final Duration initialDelay;
    private volatile ScheduledFuture<?> schedule;

    ViewCounter(ViewStore store, ReadableArticles articles, PlatformTransactionManager transactions,
                TaskScheduler scheduler, Clock clock, ReadsProperties properties,
                @Value("${manset.scheduler.initial-delay:PT5S}") Duration initialDelay) {
        this.store = store;
        this.articles = articles;
        this.transactions = new TransactionTemplate(transactions);
        this.scheduler = scheduler;
        this.clock = clock;
        this.interval = properties.flushInterval();
        this.initialDelay = initialDelay;
    }

    /** One view of a story by a reader, in the current hour; false when not counted. */
    boolean count(long articleId) {
        Bucket bucket = new Bucket(articleId, hourOf(clock.instant()));
        LongAdder views = pending.get(bucket);
        if (views == null) {
            if (pending.size() >= MAX_PENDING) {
                refused.increment();
                return false;
            }
            views = pending.computeIfAbsent(bucket, b -> new LongAdder());
        }
        views.increment();
        return true;
    }

    /**
     * Writes what was counted since the last flush, in one transaction; answers how many views
     * were written. If writing fails, the counts go back into memory for the next flush.
     */
    long flush() {
        flushing.lock();
        try {
            return flushOnce();
        } finally {
            flushing.unlock();
        }
    }

    private long flushOnce() {
        Map<Bucket, Long> counted = takeCounts();
        if (counted.isEmpty()) {
            return 0;
        }
        Map<Bucket, Long> views = new HashMap<>();
        try {
            Set<Long> published = articles.published(counted.keySet().stream().map(Bucket::articleId).distinct().toList());
            counted.forEach((bucket, n) -> {
                if (published.contains(bucket.articleId())) {
                    views.put(bucket, n);
                } else {
                    // An unknown or unpublished story: never counted, and its bucket leaves memory now.
                    pending.remove(bucket);
                }
            });
            if (!views.isEmpty()) {
                transactions.executeWithoutResult(status -> store.add(views));
            }
        } catch (RuntimeException e) {
            counted.forEach((bucket, n) -> pending.computeIfAbsent(bucket, b -> new LongAdder()).add(n));
            log.warn("Could not write {} page views; they are kept for the next try", sum(counted), e);
            return 0;
        }
        long dropped = refused.sumThenReset();
        if (dropped > 0) {
            log.warn("{} page views were not counted: more than {} story-hours waited for one flush", dropped, MAX_PENDING);
        }
        return sum(views);
    }

    /**
     * Takes the counts out of memory. Each counter is read and reset in one step per cell, so a
     * view counted meanwhile lands either in this flush or in the next, never in both or neither.
     * Buckets of hours before the previous one get no more views and are removed.
     */
    private Map<Bucket, Long> takeCounts() {
        Instant stale = hourOf(clock.instant()).minus(Duration.ofHours(1));
        Map<Bucket, Long> counted = new HashMap<>();
        pending.forEach((bucket, views) -> {
            long n = views.sumThenReset();
            if (bucket.hour().isBefore(stale) && pending.remove(bucket, views)) {
                // A request that looked the counter up more than an hour ago and counts only now is lost.
                n += views.sumThenReset();
            }
            if (n > 0) {
                counted.put(bucket, n);
            }
        });
        return counted;
    }

    private static long sum(Map<Bucket, Long> views) {
        return views.values().stream().mapToLong(Long::longValue).sum();
    }

    static Instant hourOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.HOURS);
    }

    // The periodic flush starts with the application and the last one runs when it stops: after
    // the web server (a lower phase stops later), so the final requests are in it, and before the
    // database pool closes.

    @Override
    public synchronized void start() {
        if (schedule == null) {
            schedule = scheduler.scheduleWithFixedDelay(this::flushLogged, scheduler.getClock().instant().plus(initialDelay), interval);
        }
    }

    @Override
    public synchronized void stop() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
        long written = flush();
        if (written > 0) {
            log.info("Wrote {} page views on shutdown", written);
        }
    }

    @Override
    public boolean isRunning() {
        return schedule != null;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void flushLogged() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Page view flush failed", e);
        }
    }
}
