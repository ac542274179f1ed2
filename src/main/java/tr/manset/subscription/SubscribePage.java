package tr.manset.subscription;

import java.util.List;
import java.util.Set;
import tr.manset.system.layout.PageMeta;

/**
 * /abone-ol: the subscription form (with what was typed and what was wrong, when it comes back)
 * and the site's feeds.
 *
 * @param error the Turkish sentence saying what to fix, or ""
 * @param siteUrl the site's base address, to show the feeds' full addresses
 */
public record SubscribePage(PageMeta meta, List<MailingList> lists, String email, Set<String> chosen, boolean consent,
                            String error, String siteUrl) {

    public String consentText() {
        return ConsentText.INFORMATION;
    }

    public String consentLabel() {
        return ConsentText.CONSENT;
    }

    public String consentVersion() {
        return ConsentText.VERSION;
    }

    public boolean chosen(MailingList list) {
        return chosen.contains(list.key());
    }
}
