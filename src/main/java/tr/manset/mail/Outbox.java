package tr.manset.mail;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tr.manset.system.SiteProperties;
import tr.manset.system.storage.Timestamps;

/**
 * Queues mail. A queued mail is a row in the database, so it is as durable as whatever caused it
 * (call this inside the same transaction), and {@link OutboxSender} sends it once an SMTP server
 * takes it.
 */
@Service
public class Outbox {

    /** Mails erased per statement by {@link #eraseFinishedBefore}. */
    private static final int ERASE_BATCH = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String messageIdDomain;

    Outbox(JdbcClient jdbc, Clock clock, SiteProperties site) {
        this.jdbc = jdbc;
        this.clock = clock;
        String host = URI.create(site.baseUrl()).getHost();
        this.messageIdDomain = host == null ? "manset.local" : host;
    }

    /**
     * Queues a mail for sending now.
     *
     * @return false if a mail with the same dedupe key was queued before (nothing is queued again)
     */
    @Transactional
    public boolean enqueue(MailMessage mail) {
        Instant now = clock.instant();
        return jdbc.sql("""
                INSERT INTO mail_outbox (mailing_id, dedupe_key, recipient, subject, text_body, html_body,
                    unsubscribe_url, message_id, status, next_attempt_at, created_at)
                VALUES (:mailing, :key, :to, :subject, :text, :html, :unsubscribe, :messageId, 'PENDING', :now, :now)
                ON CONFLICT (dedupe_key) DO NOTHING""")
            .param("mailing", mail.mailingId())
            .param("key", mail.dedupeKey())
            .param("to", mail.to().strip())
            .param("subject", mail.subject())
            .param("text", mail.text())
            .param("html", mail.html())
            .param("unsubscribe", mail.unsubscribeUrl())
            .param("messageId", "<" + UUID.randomUUID() + "@" + messageIdDomain + ">")
            .param("now", Timestamps.param(now))
            .update() == 1;
    }

    private static final String COUNTS = """
            SELECT COALESCE(SUM(CASE WHEN status = 'SENT' THEN 1 ELSE 0 END), 0) AS sent,
                   COALESCE(SUM(CASE WHEN status IN ('FAILED', 'SUPPRESSED') THEN 1 ELSE 0 END), 0) AS failed,
                   COALESCE(SUM(CASE WHEN status IN ('PENDING', 'SENDING') THEN 1 ELSE 0 END), 0) AS pending
            FROM mail_outbox""";

    /** Progress of one mailing. */
    public MailCounts counts(long mailingId) {
        return jdbc.sql(COUNTS + " WHERE mailing_id = :mailing")
            .param("mailing", mailingId)
            .query(Outbox::countsRow)
            .single();
    }

    /** Progress of all mail, for the operators' overview. */
    public MailCounts counts() {
        return jdbc.sql(COUNTS).query(Outbox::countsRow).single();
    }

    private static MailCounts countsRow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new MailCounts(rs.getLong("sent"), rs.getLong("failed"), rs.getLong("pending"));
    }

    /** A mail as the record of what was sent to someone (for their KVKK copy). */
    public record SentMail(String subject, MailStatus status, Instant queuedAt, Instant sentAt) {}

    /** The newest mails to an address, at most {@code limit}. */
    public List<SentMail> mailsTo(String address, int limit) {
        return jdbc.sql("""
                SELECT subject, status, created_at, sent_at FROM mail_outbox
                WHERE LOWER(recipient) = :address ORDER BY id DESC LIMIT :limit""")
            .param("address", normalize(address))
            .param("limit", limit)
            .query((rs, row) -> new SentMail(rs.getString("subject"), MailStatus.valueOf(rs.getString("status")),
                Timestamps.read(rs, "created_at"), Timestamps.read(rs, "sent_at")))
            .list();
    }

    /**
     * Deletes the finished mails (sent, failed, not sent) to an address. A mail still waiting goes
     * out: it may be the one telling the person their data was erased.
     */
    public int forget(String address) {
        return jdbc.sql("DELETE FROM mail_outbox WHERE LOWER(recipient) = :address AND status IN ('SENT', 'FAILED', 'SUPPRESSED')")
            .param("address", normalize(address))
            .update();
    }

    /**
     * Erases who a finished mail went to and what it said, for mails queued before {@code cutoff}:
     * the row keeps its status, dates, message id, mailing and dedupe key, so a mailing's counts and
     * "send once" stay as they were. Works in batches, so writers wait for one batch at most.
     *
     * @return how many mails were erased
     */
    public int eraseFinishedBefore(Instant cutoff) {
        int erased = 0;
        long after = 0;
        while (true) {
            List<Long> ids = jdbc.sql("""
                    SELECT id FROM mail_outbox
                    WHERE id > :after AND created_at < :cutoff AND recipient <> ''
                      AND status IN ('SENT', 'FAILED', 'SUPPRESSED')
                    ORDER BY id LIMIT :batch""")
                .param("after", after)
                .param("cutoff", Timestamps.param(cutoff))
                .param("batch", ERASE_BATCH)
                .query(Long.class)
                .list();
            if (ids.isEmpty()) {
                return erased;
            }
            erased += jdbc.sql("""
                    UPDATE mail_outbox SET recipient = '', text_body = '', html_body = '', unsubscribe_url = NULL, last_error = NULL
                    WHERE id IN (:ids) AND status IN ('SENT', 'FAILED', 'SUPPRESSED')""")
                .param("ids", ids)
                .update();
            after = ids.getLast();
        }
    }

    static String normalize(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
