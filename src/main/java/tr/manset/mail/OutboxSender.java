package tr.manset.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tr.manset.system.storage.Timestamps;

/**
 * Drives the outbox to completion. Each mail is claimed by a conditional update (so two nodes never
 * take the same row), marked SENDING with a lease, handed to the SMTP server and marked SENT at
 * once. If the node dies in between, the lease runs out and the mail is sent again; only a crash
 * in the instant between the server's acceptance and that update can repeat a mail.
 *
 * <p>Temporary failures are retried with growing pauses; permanent ones (5xx) fail the mail, and a
 * recipient refused for good goes on the suppression list.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
        Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12));

    private final JdbcClient jdbc;
    private final SmtpDelivery smtp;
    private final Suppressions suppressions;
    private final MailProperties properties;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean warnedUnconfigured = new AtomicBoolean();

    OutboxSender(JdbcClient jdbc, SmtpDelivery smtp, Suppressions suppressions, MailProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.smtp = smtp;
        this.suppressions = suppressions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${manset.scheduler.initial-delay:PT5S}", fixedDelayString = "${manset.mail.poll-interval:1s}")
    void poll() {
        sendDue();
    }

    /**
     * Sends what is due, at most the rate limit allows for one poll interval.
     *
     * @return the number of mails handed to the SMTP server
     */
    public int sendDue() {
        if (!properties.sending()) {
            if (!warnedUnconfigured.getAndSet(true)) {
                log.warn("No SMTP server set (MANSET_SMTP_HOST): mail stays queued in the outbox");
            }
            return 0;
        }
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            releaseExpiredLeases();
            int sent = 0;
            try (SmtpDelivery.Connection connection = smtp.connection()) {
                for (long id : due(budget())) {
                    if (claim(id) && deliver(id, connection)) {
                        sent++;
                    }
                }
            }
            return sent;
        } finally {
            running.set(false);
        }
    }

    /** Mails one poll may send: the per-minute limit spread over the poll interval, at least one. */
    int budget() {
        long perPoll = properties.perMinute() * properties.pollInterval().toMillis() / Duration.ofMinutes(1).toMillis();
        return (int) Math.max(1, Math.min(perPoll, 1_000));
    }

    private void releaseExpiredLeases() {
        int released = jdbc.sql("UPDATE mail_outbox SET status = 'PENDING', lease_until = NULL WHERE status = 'SENDING' AND lease_until < :now")
            .param("now", Timestamps.param(clock.instant()))
            .update();
        if (released > 0) {
            log.warn("{} mails were being sent when a sender stopped; sending them again", released);
        }
    }

    private List<Long> due(int limit) {
        return jdbc.sql("SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit")
            .param("now", Timestamps.param(clock.instant()))
            .param("limit", limit)
            .query(Long.class)
            .list();
    }

    private boolean claim(long id) {
        return jdbc.sql("UPDATE mail_outbox SET status = 'SENDING', lease_until = :lease, attempts = attempts + 1 WHERE id = :id AND status = 'PENDING'")
            .param("lease", Timestamps.param(clock.instant().plus(properties.lease())))
            .param("id", id)
            .update() == 1;
    }

    private boolean deliver(long id, SmtpDelivery.Connection connection) {
        QueuedMail mail = jdbc.sql("""
                SELECT id, recipient, subject, text_body, html_body, unsubscribe_url, message_id, attempts
                FROM mail_outbox WHERE id = :id""")
            .param("id", id)
            .query((rs, row) -> new QueuedMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("text_body"), rs.getString("html_body"), rs.getString("unsubscribe_url"),
                rs.getString("message_id"), rs.getInt("attempts")))
            .single();
        if (suppressions.suppressed(mail.recipient())) {
            finish(id, MailStatus.SUPPRESSED, "address on the suppression list");
            return false;
        }
        SmtpDelivery.Outcome outcome = connection.send(mail);
        switch (outcome.kind()) {
            case SENT -> {
                jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = :now, lease_until = NULL, last_error = NULL WHERE id = :id")
                    .param("now", Timestamps.param(clock.instant()))
                    .param("id", id)
                    .update();
                return true;
            }
            case RECIPIENT_REFUSED -> {
                suppressions.record(mail.recipient(), Suppressions.Reason.BOUNCE, outcome.error());
                finish(id, MailStatus.FAILED, outcome.error());
            }
            case REFUSED -> finish(id, MailStatus.FAILED, outcome.error());
            case TEMPORARY -> retryLater(mail, outcome.error());
        }
        return false;
    }

    private void retryLater(QueuedMail mail, String error) {
        if (mail.attempts() >= properties.maxAttempts()) {
            finish(mail.id(), MailStatus.FAILED, error);
            return;
        }
        Duration pause = BACKOFF.get(Math.min(mail.attempts(), BACKOFF.size()) - 1);
        Instant next = clock.instant().plus(pause);
        jdbc.sql("UPDATE mail_outbox SET status = 'PENDING', lease_until = NULL, next_attempt_at = :next, last_error = :error WHERE id = :id")
            .param("next", Timestamps.param(next))
            .param("error", error)
            .param("id", mail.id())
            .update();
        log.info("Mail {} not sent ({}); trying again at {}", mail.id(), error, next);
    }

    private void finish(long id, MailStatus status, String error) {
        jdbc.sql("UPDATE mail_outbox SET status = :status, lease_until = NULL, last_error = :error WHERE id = :id")
            .param("status", status.name())
            .param("error", error)
            .param("id", id)
            .update();
    }

    record QueuedMail(long id, String recipient, String subject, String text, String html, String unsubscribeUrl,
                      String messageId, int attempts) {}
}
