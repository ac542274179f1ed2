package tr.manset.subscription;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tr.manset.Mailbox;

/**
 * Subscribers for tests, made as readers make them: a request through the application's service,
 * then the link from the mail the SMTP server received.
 */
final class SubscriberFixtures {

    static final String CONFIRM_SUBJECT = "Aboneliğinizi onaylayın";
    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/abonelik/[a-z]+\\?t=[A-Za-z0-9_.%-]+)");
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final Subscriptions subscriptions;
    private final Mailbox mailbox;

    SubscriberFixtures(Subscriptions subscriptions, Mailbox mailbox) {
        this.subscriptions = subscriptions;
        this.mailbox = mailbox;
    }

    /** A confirmed subscriber of these lists. */
    Subscriber confirmed(String email, String... lists) {
        subscriptions.request(new Subscriptions.SignUp(email, List.of(lists), true, ""), "fixture-" + CLIENTS.incrementAndGet());
        return subscriptions.confirm(token(lastConfirmation(email)));
    }

    MimeMessage lastConfirmation(String email) {
        List<MimeMessage> mails = mails(email, CONFIRM_SUBJECT);
        if (mails.isEmpty()) {
            throw new AssertionError("no confirmation mail for " + email);
        }
        return mails.getLast();
    }

    /** The mails this address received whose subject contains the text. */
    List<MimeMessage> mails(String email, String subject) {
        return mailbox.to(email).stream().filter(mail -> subject(mail).contains(subject)).toList();
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path and query of the first site link of this kind (onay, tercihler, cik) in the mail's text part. */
    static String link(MimeMessage mail, String kind) {
        Matcher matcher = LINK.matcher(Mailbox.text(mail));
        while (matcher.find()) {
            if (matcher.group(1).startsWith("/abonelik/" + kind + "?")) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no /abonelik/" + kind + " link in: " + Mailbox.text(mail));
    }

    /** The token of a link path such as "/abonelik/onay?t=…", decoded. */
    static String token(String path) {
        String query = URI.create(path).getRawQuery();
        return java.net.URLDecoder.decode(query.substring(query.indexOf("t=") + 2), java.nio.charset.StandardCharsets.UTF_8);
    }

    static String token(MimeMessage confirmation) {
        return token(link(confirmation, "onay"));
    }
}
