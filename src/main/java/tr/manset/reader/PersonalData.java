package tr.manset.reader;

import java.util.Map;

/**
 * A part of the site that keeps personal data about readers (comments, subscriptions, the account
 * itself). Each such module implements this once; the KVKK self-service asks all of them.
 */
public interface PersonalData {

    /** The key of this part in a reader's data export, e.g. "yorumlar" or "abonelikler". */
    String section();

    /** Everything this part holds about the person, as JSON-ready maps, lists and strings. */
    Map<String, Object> export(DataSubject subject);

    /**
     * Removes the person's data when they delete their account.
     *
     * @param keepContentAnonymously true to keep what they published (comments) without anything
     *     that points to them; false to remove it
     */
    void erase(DataSubject subject, boolean keepContentAnonymously);

    /**
     * Stops everything this part does on the person's consent (mail they agreed to receive, for
     * example), keeping the record that they once agreed and when they withdrew. Parts that rely
     * on no consent keep this default, which does nothing.
     *
     * @return a short Turkish note of what stopped, for the KVKK log; empty when nothing did
     */
    default String withdrawConsent(DataSubject subject) {
        return "";
    }
}
