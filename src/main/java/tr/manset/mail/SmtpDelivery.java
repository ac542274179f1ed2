package tr.manset.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Hands mail to the SMTP server over one connection per batch: a plain-text and an HTML part,
 * and list headers for list mail.
 */
@Component
class SmtpDelivery {

    enum Kind { SENT, TEMPORARY, REFUSED, RECIPIENT_REFUSED }

    record Outcome(Kind kind, String error) {
        static final Outcome SENT = new Outcome(Kind.SENT, null);
    }

    private final JavaMailSenderImpl sender;
    private final MailProperties properties;

    SmtpDelivery(JavaMailSenderImpl sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** A connection that is opened on the first send and again after a failure. */
    Connection connection() {
        return new Connection();
    }

    final class Connection implements AutoCloseable {

        private Transport transport;

        Outcome send(OutboxSender.QueuedMail mail) {
            MimeMessage message;
            try {
                message = compose(mail);
            } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                return new Outcome(Kind.REFUSED, "cannot compose: " + summary(e));
            }
            try {
                if (transport == null || !transport.isConnected()) {
                    transport = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
                    transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
                }
                transport.sendMessage(message, message.getAllRecipients());
                return Outcome.SENT;
            } catch (MessagingException | RuntimeException e) {
                close();
                return classify(e);
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // The server is gone; the next send connects again.
                }
                transport = null;
            }
        }
    }

    private MimeMessage compose(OutboxSender.QueuedMail mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(sender.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // The id chosen when the mail was queued, so a mail sent again keeps it.
                setHeader("Message-ID", mail.messageId());
            }
        };
        InternetAddress from = new InternetAddress(properties.from(), true);
        if (from.getPersonal() != null) {
            from.setPersonal(from.getPersonal(), "UTF-8");
        }
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(new Date());
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        // multipart/alternative: mail programs show the HTML part, or the text part if they can't.
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        return message;
    }

    /** 5xx for the recipient: the address is bad for good; other 5xx: this mail is refused; anything else may pass later. */
    static Outcome classify(Exception e) {
        String error = summary(e);
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 10; depth++) {
            if (cause instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= 500) {
                return new Outcome(Kind.RECIPIENT_REFUSED, error);
            }
            if (cause instanceof SMTPSendFailedException refused && refused.getReturnCode() >= 500) {
                return new Outcome(Kind.REFUSED, error);
            }
            cause = cause instanceof MessagingException messaging && messaging.getNextException() != null
                ? messaging.getNextException() : cause.getCause();
        }
        return new Outcome(Kind.TEMPORARY, error);
    }

    private static String summary(Throwable e) {
        String text = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
