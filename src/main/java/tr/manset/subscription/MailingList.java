package tr.manset.subscription;

/**
 * A list readers subscribe to.
 *
 * @param key stored with subscribers: "gunun-ozeti", "son-dakika" or "kategori-{id}"
 */
public record MailingList(String key, String name, String description) {

    public static final String DIGEST = "gunun-ozeti";
    public static final String BREAKING = "son-dakika";

    static String ofCategory(long categoryId) {
        return "kategori-" + categoryId;
    }
}
