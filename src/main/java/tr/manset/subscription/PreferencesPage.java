package tr.manset.subscription;

import java.util.List;
import java.util.Set;

/**
 * A subscriber's preferences, reached through the signed link in every mail.
 *
 * @param token the signed link token, sent back with the form
 * @param notice what was just done, or ""
 */
public record PreferencesPage(String email, boolean subscribed, List<MailingList> lists, Set<String> chosen, String token,
                              String notice) {

    public boolean chosen(MailingList list) {
        return chosen.contains(list.key());
    }
}
