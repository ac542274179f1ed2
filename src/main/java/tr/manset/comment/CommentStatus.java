package tr.manset.comment;

/** Where a comment stands. Only {@link #PUBLISHED} comments are shown to readers and counted. */
public enum CommentStatus {
    PENDING("Onay bekliyor"),
    PUBLISHED("Yayında"),
    REJECTED("Reddedildi"),
    HIDDEN("Gizlendi");

    private final String label;

    CommentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
