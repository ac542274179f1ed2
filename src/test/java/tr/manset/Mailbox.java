package tr.manset;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.test.context.TestComponent;
import tr.manset.mail.OutboxSender;

/** What tests read from the real SMTP server, after the application's outbox has been sent. */
@TestComponent
public class Mailbox {

    private final OutboxSender sender;

    Mailbox(OutboxSender sender) {
        this.sender = sender;
    }

    /** Sends everything that is due now, as the scheduled job would. */
    public void deliver() {
        while (sender.sendDue() > 0) {
            // the next batch
        }
    }

    /** Sends what is due, then the mails the server received for this address, oldest first. */
    public List<MimeMessage> to(String address) {
        deliver();
        String wanted = address.toLowerCase(Locale.ROOT);
        return Arrays.stream(TestMailServer.server().getReceivedMessages())
            .filter(message -> recipients(message).contains(wanted))
            .toList();
    }

    /** The one mail this address received; fails if there is none or more than one. */
    public MimeMessage only(String address) {
        List<MimeMessage> mails = to(address);
        if (mails.size() != 1) {
            throw new AssertionError(mails.size() + " mails for " + address + ", expected one");
        }
        return mails.getFirst();
    }

    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) {
        try {
            Multipart parts = (Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
            }
            throw new AssertionError("no " + type + " part");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients()).toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
