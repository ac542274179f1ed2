package tr.manset.subscription;

import java.util.List;

/**
 * What a mail template shows; the same record fills the HTML and the plain-text template.
 *
 * @param kicker the line above the title, e.g. "SON DAKİKA"
 * @param items the stories, or none (the confirmation mail)
 * @param action the address of the one button or link the mail asks the reader to open, or ""
 * @param preferencesUrl the reader's preferences page, "" in personal mail
 * @param unsubscribeUrl the one-click unsubscribe page, "" in personal mail
 */
public record Letter(String siteName, String homeUrl, String kicker, String title, List<String> paragraphs,
                     List<MailingItem> items, String action, String actionLabel, List<String> notes,
                     String preferencesUrl, String unsubscribeUrl) {

    public boolean listMail() {
        return !unsubscribeUrl.isEmpty();
    }

    public boolean hasAction() {
        return !action.isEmpty();
    }
}
