package tr.manset.comment;

/**
 * How a story takes comments. {@link #OPEN} follows the site's moderation setting; the others
 * override it for one story.
 */
public enum CommentMode {
    OPEN("Açık (sitenin moderasyon ayarı)"),
    POSTMODERATED("Açık, hemen yayımlanır (sonradan denetim)"),
    NEW_COMMENTERS_WAIT("Açık, yeni yorumcuların ilk yorumları onay bekler"),
    PREMODERATED("Onaydan sonra yayımlanır"),
    CLOSED("Kapalı");

    private final String label;

    CommentMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
