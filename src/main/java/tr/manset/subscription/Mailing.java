package tr.manset.subscription;

import java.time.Instant;
import java.util.List;

/**
 * One mail to the subscribers of some lists, and how far its fan-out into the outbox got.
 *
 * @param storyId the story of a Son Dakika alert, or null
 * @param digestDay the Istanbul day of a digest ("2026-12-01"), or null
 * @param audience the lists whose confirmed subscribers receive it
 * @param fannedOutTo the id of the last subscriber queued; the fan-out goes on after it
 * @param queued mails queued so far
 */
public record Mailing(long id, MailingKind kind, String subject, Long storyId, String digestDay, List<String> audience,
                     List<MailingItem> items, State state, long fannedOutTo, long queued, String createdByName,
                     Instant createdAt, Instant queuedAt) {

    public enum State {
        /** Subscribers are being queued into the outbox. */
        QUEUEING,
        /** Every subscriber has a mail in the outbox; the outbox sends them. */
        QUEUED,
        /** A digest with nothing new to tell: nothing was sent. */
        SKIPPED
    }

    /** The outbox key of one subscriber's copy: queueing it again changes nothing. */
    static String dedupeKey(long mailingId, long subscriberId) {
        return "mailing:" + mailingId + ":subscriber:" + subscriberId;
    }
}
