package tr.manset.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tr.manset.Mailbox;
import tr.manset.MutableClock;
import tr.manset.SiteTest;
import tr.manset.reader.DataSubject;
import tr.manset.reader.PersonalData;
import tr.manset.system.storage.Timestamps;

@SiteTest
@Import(OutboxTest.FixedClock.class)
class OutboxTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-12-01T06:00:00Z"));
        }
    }

    @Autowired Outbox outbox;
    @Autowired Suppressions suppressions;
    @Autowired Mailbox mailbox;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired MailProperties properties;
    @Autowired OutboxRetention retention;
    @Autowired JavaMailSenderImpl smtp;
    @Autowired java.util.List<PersonalData> personalData;

    private static String someone() {
        return "okur" + PEOPLE.incrementAndGet() + "@outbox.example";
    }

    @Test
    void aQueuedMailArrivesWithTextAndHtmlPartsATurkishSubjectAndItsMessageId() throws Exception {
        String to = someone();
        assertThat(outbox.enqueue(MailMessage.personal(to, "Şifre sıfırlama: İstanbul'dan ılık bir ğ",
            "Merhaba, bağlantı: https://example.com/x", "<p>Merhaba, <a href=\"https://example.com/x\">bağlantı</a></p>", null))).isTrue();

        MimeMessage mail = mailbox.only(to);

        assertThat(mail.getSubject()).isEqualTo("Şifre sıfırlama: İstanbul'dan ılık bir ğ");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Manşet");
        assertThat(Mailbox.text(mail)).contains("Merhaba, bağlantı: https://example.com/x");
        assertThat(Mailbox.html(mail)).contains("<a href=\"https://example.com/x\">bağlantı</a>");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        String stored = jdbc.sql("SELECT message_id FROM mail_outbox WHERE recipient = :to").param("to", to).query(String.class).single();
        assertThat(mail.getMessageID()).isEqualTo(stored);
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();
        assertThat(status(to)).isEqualTo("SENT");
    }

    @Test
    void listMailCarriesOneClickUnsubscribeHeaders() throws Exception {
        String to = someone();
        outbox.enqueue(new MailMessage(to, "Günün Özeti", "metin", "<p>metin</p>", "https://example.com/abonelik/cik?t=abc", null, null));

        MimeMessage mail = mailbox.only(to);

        assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<https://example.com/abonelik/cik?t=abc>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    }

    @Test
    void theSameDedupeKeyIsQueuedAndSentOnlyOnce() {
        String to = someone();
        String key = "test:" + to;
        assertThat(outbox.enqueue(MailMessage.personal(to, "Bir", "bir", "<p>bir</p>", key))).isTrue();
        assertThat(outbox.enqueue(MailMessage.personal(to, "İki", "iki", "<p>iki</p>", key))).isFalse();

        assertThat(mailbox.to(to)).hasSize(1);
        mailbox.deliver();
        assertThat(mailbox.to(to)).hasSize(1);
    }

    @Test
    void suppressedAddressesGetNothingAndCountAsFailedInTheirMailing() {
        String to = someone();
        String other = someone();
        suppressions.record(to.toUpperCase(java.util.Locale.ROOT), Suppressions.Reason.COMPLAINT, "spam şikayeti");
        long mailing = 900_000 + PEOPLE.incrementAndGet();
        outbox.enqueue(new MailMessage(to, "Son Dakika", "x", "<p>x</p>", "https://example.com/u", "m:" + mailing + ":" + to, mailing));
        outbox.enqueue(new MailMessage(other, "Son Dakika", "x", "<p>x</p>", "https://example.com/u", "m:" + mailing + ":" + other, mailing));
        assertThat(outbox.counts(mailing)).isEqualTo(new MailCounts(0, 0, 2));

        assertThat(mailbox.to(to)).isEmpty();
        assertThat(mailbox.to(other)).hasSize(1);
        assertThat(status(to)).isEqualTo("SUPPRESSED");
        assertThat(outbox.counts(mailing)).isEqualTo(new MailCounts(1, 1, 0));

        suppressions.lift(to);
        assertThat(suppressions.suppressed(to)).isFalse();
    }

    @Test
    void aServerThatCannotBeReachedIsTriedAgainLaterWithGrowingPausesThenGivenUp() {
        String to = someone();
        outbox.enqueue(MailMessage.personal(to, "Deneme", "x", "<p>x</p>", null));
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(1); // nothing listens there
        OutboxSender broken = new OutboxSender(jdbc, new SmtpDelivery(nowhere, properties), suppressions, properties, clock);

        assertThat(broken.sendDue()).isZero();
        assertThat(status(to)).isEqualTo("PENDING");
        assertThat(attempts(to)).isEqualTo(1);
        assertThat(nextAttempt(to)).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        assertThat(broken.sendDue()).isZero();
        assertThat(attempts(to)).isEqualTo(1); // not due yet

        clock.advance(Duration.ofMinutes(1));
        broken.sendDue();
        assertThat(attempts(to)).isEqualTo(2);
        assertThat(nextAttempt(to)).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));

        // The real server is back: the mail goes out at its next attempt, once.
        assertThat(mailbox.to(to)).isEmpty();
        clock.advance(Duration.ofMinutes(5));
        assertThat(mailbox.to(to)).hasSize(1);
        assertThat(status(to)).isEqualTo("SENT");

        String given = someone();
        outbox.enqueue(MailMessage.personal(given, "Deneme", "x", "<p>x</p>", null));
        for (int i = 0; i < properties.maxAttempts(); i++) {
            broken.sendDue();
            clock.advance(Duration.ofHours(12));
        }
        assertThat(status(given)).isEqualTo("FAILED");
        assertThat(attempts(given)).isEqualTo(properties.maxAttempts());
        assertThat(mailbox.to(given)).isEmpty();
    }

    @Test
    void aMailLeftSendingByADeadSenderIsSentAfterItsLeaseRunsOut() {
        String to = someone();
        outbox.enqueue(MailMessage.personal(to, "Deneme", "x", "<p>x</p>", null));
        jdbc.sql("UPDATE mail_outbox SET status = 'SENDING', lease_until = :lease WHERE recipient = :to")
            .param("lease", java.sql.Timestamp.from(clock.instant().plus(properties.lease())))
            .param("to", to)
            .update();

        assertThat(mailbox.to(to)).isEmpty();
        clock.advance(properties.lease().plusSeconds(1));
        assertThat(mailbox.to(to)).hasSize(1);
    }

    @Test
    void permanentRefusalsAreToldApartFromTemporaryOnes() throws Exception {
        Address address = new InternetAddress("yok@example.com");
        SendFailedException unknownUser = new SendFailedException("Invalid Addresses",
            new SMTPAddressFailedException((InternetAddress) address, "RCPT TO", 550, "5.1.1 user unknown"));
        SendFailedException mailboxFull = new SendFailedException("Invalid Addresses",
            new SMTPAddressFailedException((InternetAddress) address, "RCPT TO", 452, "4.2.2 mailbox full"));
        SMTPSendFailedException contentRejected = new SMTPSendFailedException("DATA", 554, "5.7.1 rejected", null, null, null, null);

        assertThat(SmtpDelivery.classify(unknownUser).kind()).isEqualTo(SmtpDelivery.Kind.RECIPIENT_REFUSED);
        assertThat(SmtpDelivery.classify(mailboxFull).kind()).isEqualTo(SmtpDelivery.Kind.TEMPORARY);
        assertThat(SmtpDelivery.classify(contentRejected).kind()).isEqualTo(SmtpDelivery.Kind.REFUSED);
        assertThat(SmtpDelivery.classify(new jakarta.mail.MessagingException("connect", new java.net.ConnectException())).kind())
            .isEqualTo(SmtpDelivery.Kind.TEMPORARY);
    }

    @Test
    void aPersonsMailRecordIsInTheirKvkkExportAndErasedWithTheirAccount() {
        String to = someone();
        outbox.enqueue(MailMessage.personal(to.toUpperCase(java.util.Locale.ROOT), "Hesabınızı onaylayın", "x", "<p>x</p>", null));
        mailbox.deliver();
        PersonalData mailData = personalData.stream().filter(part -> part.section().equals("eposta_gonderimleri")).findFirst().orElseThrow();
        DataSubject person = new DataSubject(null, to);

        assertThat(mailData.export(person).toString()).contains("Hesabınızı onaylayın", "SENT");
        assertThat(mailData.export(new DataSubject(null, someone()))).isEmpty();

        mailData.erase(person, true);
        assertThat(mailData.export(person)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE LOWER(recipient) = :to").param("to", to).query(Long.class).single()).isZero();
    }

    @Test
    void finishedMailsLoseRecipientAndTextAfterTheRetentionPeriodAndStillCountInTheirMailing() {
        assertThat(properties.retention()).isEqualTo(Duration.ofDays(90));
        String sent = someone();
        String suppressed = someone();
        String recent = someone();
        String waiting = someone();
        long mailing = 900_000 + PEOPLE.incrementAndGet();
        suppressions.record(suppressed, Suppressions.Reason.BOUNCE, "");
        // In this order, the suppressed one is settled by the time the other arrives.
        for (String to : new String[] {suppressed, sent}) {
            outbox.enqueue(new MailMessage(to, "Günün Özeti", "metin " + to, "<p>metin " + to + "</p>", "https://example.com/u?t=" + to,
                "m:" + mailing + ":" + to, mailing));
        }
        outbox.enqueue(MailMessage.personal(recent, "Hesabınızı onaylayın", "x", "<p>x</p>", null));
        mailbox.only(sent);
        mailbox.only(recent);
        String messageId = jdbc.sql("SELECT message_id FROM mail_outbox WHERE recipient = :to").param("to", sent).query(String.class).single();
        // A mail that still waits for its next attempt is kept whole, however old.
        Instant old = clock.instant().minus(Duration.ofDays(91));
        jdbc.sql("""
                INSERT INTO mail_outbox (recipient, subject, text_body, html_body, message_id, status, next_attempt_at, created_at)
                VALUES (:to, 'Bekleyen', 'x', '<p>x</p>', :id, 'PENDING', :next, :old)""")
            .param("to", waiting).param("id", "<" + waiting + ">")
            .param("next", Timestamps.param(clock.instant().plus(Duration.ofHours(1)))).param("old", Timestamps.param(old))
            .update();
        jdbc.sql("UPDATE mail_outbox SET created_at = :old WHERE mailing_id = :mailing")
            .param("old", Timestamps.param(old)).param("mailing", mailing).update();
        assertThat(status(suppressed)).isEqualTo("SUPPRESSED");

        assertThat(retention.eraseExpired()).isGreaterThanOrEqualTo(2);

        var erased = jdbc.sql("""
                SELECT recipient, text_body, html_body, unsubscribe_url, status, message_id FROM mail_outbox
                WHERE mailing_id = :mailing ORDER BY id""")
            .param("mailing", mailing)
            .query((rs, row) -> java.util.List.of(rs.getString(1), rs.getString(2), rs.getString(3), String.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6)))
            .list();
        assertThat(erased).containsExactly(
            java.util.List.of("", "", "", "null", "SUPPRESSED", erased.get(0).get(5)),
            java.util.List.of("", "", "", "null", "SENT", messageId));
        assertThat(outbox.counts(mailing)).isEqualTo(new MailCounts(1, 1, 0));
        assertThat(outbox.mailsTo(sent, 10)).isEmpty();
        // Still sent once: the dedupe key outlives the text.
        assertThat(outbox.enqueue(new MailMessage(sent, "Günün Özeti", "y", "<p>y</p>", null, "m:" + mailing + ":" + sent, mailing))).isFalse();
        assertThat(outbox.mailsTo(recent, 10)).extracting(Outbox.SentMail::subject).containsExactly("Hesabınızı onaylayın");
        assertThat(status(waiting)).isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = :to").param("to", waiting).query(String.class).single())
            .isEqualTo("x");
        assertThat(retention.eraseExpired()).isZero();
    }

    @Test
    void theRateLimitIsSpreadOverPolls() {
        assertThat(properties.perMinute()).isEqualTo(600);
        assertThat(new OutboxSender(jdbc, null, suppressions, properties, clock).budget()).isEqualTo(10);
    }

    private String status(String to) {
        return jdbc.sql("SELECT status FROM mail_outbox WHERE recipient = :to").param("to", to).query(String.class).single();
    }

    private int attempts(String to) {
        return jdbc.sql("SELECT attempts FROM mail_outbox WHERE recipient = :to").param("to", to).query(Integer.class).single();
    }

    private Instant nextAttempt(String to) {
        return jdbc.sql("SELECT next_attempt_at FROM mail_outbox WHERE recipient = :to").param("to", to)
            .query((rs, row) -> rs.getTimestamp(1).toInstant()).single();
    }
}
