package tr.manset.subscription;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tr.manset.mail.Outbox;

/**
 * Mailings as a ledger: a mailing is a row, and {@link #fanOut()} queues one outbox mail per
 * confirmed subscriber of its lists, in chunks of subscribers taken in id order. Each chunk and the
 * mailing's progress are written in one transaction, and each mail carries the key
 * "mailing:{id}:subscriber:{id}", so a node that dies in the middle leaves either a whole chunk or
 * none, and whoever goes on queues nobody twice. The outbox then sends each mail once (see
 * {@link tr.manset.mail.OutboxSender} for the one moment where that cannot be promised).
 */
@Service
class Mailings {

    private static final Logger log = LoggerFactory.getLogger(Mailings.class);

    private final MailingStore store;
    private final SubscriberStore subscribers;
    private final Tokens tokens;
    private final Outbox outbox;
    private final Letters letters;
    private final TransactionTemplate transactions;
    private final SubscriptionProperties properties;
    private final Clock clock;

    Mailings(MailingStore store, SubscriberStore subscribers, Tokens tokens, Outbox outbox, Letters letters,
             TransactionTemplate transactions, SubscriptionProperties properties, Clock clock) {
        this.store = store;
        this.subscribers = subscribers;
        this.tokens = tokens;
        this.outbox = outbox;
        this.letters = letters;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Makes a mailing that the fan-out will queue (or, with nothing to send, one marked skipped).
     *
     * @return its id; empty if a mailing with the same story or day exists (that one stands)
     */
    Optional<Long> create(MailingKind kind, String subject, Long storyId, String digestDay, List<String> audience,
                          List<MailingItem> items, Long createdBy, String createdByName) {
        Mailing.State state = items.isEmpty() ? Mailing.State.SKIPPED : Mailing.State.QUEUEING;
        Optional<Long> id = store.insert(kind, subject, storyId, digestDay, audience, items, state, createdBy, createdByName,
            clock.instant());
        id.ifPresent(made -> log.info("Mailing {} ({}, {}): {}", made, kind, state, subject));
        return id;
    }

    Optional<Mailing> find(long id) {
        return store.find(id);
    }

    Optional<Mailing> forStory(long storyId) {
        return store.forStory(storyId);
    }

    List<Mailing> recent(int limit) {
        return store.recent(limit);
    }

    /** How many subscribers a mailing to these lists would reach now. */
    long audience(List<String> lists) {
        return subscribers.audience(lists);
    }

    /**
     * Queues the next chunks of every mailing that is being fanned out, until each is done.
     *
     * @return mails queued
     */
    int fanOut() {
        int queued = 0;
        for (long id : store.queueing()) {
            Chunk chunk;
            do {
                try {
                    chunk = transactions.execute(status -> queueNextChunk(id));
                } catch (ConcurrentFanOut other) {
                    chunk = new Chunk(0, true);
                }
                queued += chunk.queued();
            } while (chunk.more());
        }
        return queued;
    }

    private record Chunk(int queued, boolean more) {}

    /** One chunk of subscribers, queued in one transaction with the mailing's progress. */
    private Chunk queueNextChunk(long id) {
        Mailing mailing = store.find(id).filter(m -> m.state() == Mailing.State.QUEUEING).orElse(null);
        if (mailing == null) {
            return new Chunk(0, false);
        }
        int size = properties.fanOutChunk();
        List<SubscriberStore.Recipient> next = subscribers.recipients(mailing.audience(), mailing.fannedOutTo(), size);
        int queued = 0;
        for (SubscriberStore.Recipient recipient : next) {
            if (outbox.enqueue(letters.mailing(mailing, recipient, tokens.sign(recipient.id(), recipient.secret())))) {
                queued++;
            }
        }
        boolean done = next.size() < size;
        long to = next.isEmpty() ? mailing.fannedOutTo() : next.getLast().id();
        if (!store.advance(id, mailing.fannedOutTo(), to, queued, done, clock.instant())) {
            throw new ConcurrentFanOut();
        }
        if (done) {
            log.info("Mailing {} queued for {} subscribers", id, mailing.queued() + queued);
        }
        return new Chunk(queued, !done);
    }

    /** Another node queued the same chunk first: this transaction rolls back and the fan-out goes on from theirs. */
    private static final class ConcurrentFanOut extends RuntimeException {
        ConcurrentFanOut() {
            super("another node advanced the fan-out", null, false, false);
        }
    }
}
