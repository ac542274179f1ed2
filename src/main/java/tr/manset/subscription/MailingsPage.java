package tr.manset.subscription;

import java.util.List;

/**
 * /yonetim/bultenler: every mailing with its progress, and how many confirmed subscribers each list has.
 *
 * @param manageSuppressions whether the member may keep the list of blocked addresses (admins)
 */
public record MailingsPage(List<MailingRow> rows, List<ListSize> lists, boolean manageSuppressions) {

    public record ListSize(MailingList list, long subscribers) {}
}
