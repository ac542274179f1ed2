package tr.manset.mail;

import java.util.Objects;

/**
 * One mail to one person, as the features that send mail describe it.
 *
 * @param to the recipient's address
 * @param subject Turkish subject line
 * @param text the plain-text part
 * @param html the HTML part (already escaped by its template)
 * @param unsubscribeUrl the one-click unsubscribe address (RFC 8058) for list mail, or null for
 *     personal mail such as a password reset
 * @param dedupeKey a key that makes queueing idempotent: a second mail with the same key is
 *     ignored; null for none
 * @param mailingId the mailing this mail belongs to, or null
 */
public record MailMessage(String to, String subject, String text, String html, String unsubscribeUrl,
                          String dedupeKey, Long mailingId) {

    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    /** A personal mail (verification, password reset, reply notice): no unsubscribe, no mailing. */
    public static MailMessage personal(String to, String subject, String text, String html, String dedupeKey) {
        return new MailMessage(to, subject, text, html, null, dedupeKey, null);
    }
}
